/**
 * Infrastructure: security, web configuration, errors, caching, data sources. It depends on no
 * feature: features reach it through the small interfaces and events of this package.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.electionresults.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
