/**
 * Reading and checking the official per-mesa tally export (CSV or XLSX) before it is loaded.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "election", "results", "system" })
package org.electionresults.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
