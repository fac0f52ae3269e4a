/**
 * Open data anyone can verify: every committed upload becomes a numbered publication whose manifest
 * (per-mesa files with their SHA-256, the national presidential totals, the previous manifest's
 * SHA-256) is written in the upload's transaction, so the publications form a hash chain; the
 * per-mesa files are rebuilt from the versioned tallies on request. Also the administrators' public
 * notices, the Atom feed and the footer's heartbeat.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "election", "ingest", "system" })
package org.electionresults.publications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
