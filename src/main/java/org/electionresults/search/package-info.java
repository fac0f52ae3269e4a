/**
 * Search over places, mesas, candidates and parties: case- and accent-insensitive, typo-tolerant for
 * names, exact for numbers.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election" })
package org.electionresults.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
