/**
 * The 2019 presidential count (the election later annulled) beside the 2020 count: shares, swing
 * and turnout per area, with the 2020 coverage beside them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election", "results", "system" })
package org.electionresults.comparison;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
