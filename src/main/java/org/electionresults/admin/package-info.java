/**
 * What administrators do: the upload form and the upload API.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election", "ingest", "results", "system" })
package org.electionresults.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
