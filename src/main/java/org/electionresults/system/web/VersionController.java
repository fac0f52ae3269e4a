package org.electionresults.system.web;

import java.time.Instant;

import org.electionresults.system.DataVersion;
import org.electionresults.system.DataVersionSource;
import org.electionresults.system.SnapshotReader;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data version as a tiny public resource, for open pages that poll it to learn of a new
 * publication ({@code assets/js/live.js}). It is public like every other answer: its ETag is the data
 * version, so a poll is answered 304 from the page cache (or a CDN) until an upload commits, and its
 * body is computed once per version.
 */
@RestController
class VersionController {

	private final SnapshotReader snapshots;

	private final DataVersionSource versions;

	VersionController(SnapshotReader snapshots, DataVersionSource versions) {
		this.snapshots = snapshots;
		this.versions = versions;
	}

	@GetMapping("/api/version")
	VersionJson version() {
		DataVersion version = this.snapshots.read(this.versions::current);
		return new VersionJson(version.dataVersion(), version.updatedAt());
	}

	/** The data version and when the upload that made it committed. */
	record VersionJson(long dataVersion, @Nullable Instant updatedAt) {
	}

}
