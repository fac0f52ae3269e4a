/**
 * The public read-only API: JSON and CSV of results and seats.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election", "results", "seats", "comparison", "search", "review", "system" })
package org.electionresults.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
