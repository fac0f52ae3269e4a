/**
 * The public HTML pages (Thymeleaf), composed from results and seats; shared view pieces live here, each page area in a sub-package.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election", "results", "seats", "comparison", "search", "review", "system" })
package org.electionresults.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
