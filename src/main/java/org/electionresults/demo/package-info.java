/**
 * The {@code demo} profile: a newcomer's first start shows a real count, the partial export of
 * 19 October 2020 loaded as a normal upload, on an empty database only.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "ingest" })
package org.electionresults.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
