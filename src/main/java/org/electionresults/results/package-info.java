/**
 * Results of the count: aggregates, the first-round rule for the presidential ballot, and
 * count progress.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election", "system" })
package org.electionresults.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
