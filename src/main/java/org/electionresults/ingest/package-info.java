/**
 * Reading and checking the official per-mesa tally export (CSV or XLSX) before it is loaded.
 */
@NullMarked
package org.electionresults.ingest;

import org.jspecify.annotations.NullMarked;
