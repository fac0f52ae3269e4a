/**
 * Review flags (published, deterministic rules that ask for a second look at an acta, never a
 * verdict of fraud), recomputed inside each upload's transaction for the polling stations it touched,
 * and the composition of the counted set by the area type of its polling stations.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election", "results", "ingest", "system" })
package org.electionresults.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
