/**
 * Results of the count: aggregates, the first-round rule for the presidential ballot, and
 * count progress.
 */
@NullMarked
package org.electionresults.results;

import org.jspecify.annotations.NullMarked;
