package org.electionresults.publications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One publication in {@code /api/publications}.
 *
 * @param number publication number (0 is the empty count)
 * @param committedAt when it was published
 * @param sha256 SHA-256 of its manifest bytes: its identity
 * @param previous SHA-256 of the previous manifest (64 zeros for publication 0)
 * @param manifest address of the manifest
 * @param uploadId the upload it publishes ({@code null} for 0)
 * @param actas actas counted after it, per file
 * @param changes actas inserted, corrected and withdrawn by it, per ballot
 * @param files its per-mesa files with their SHA-256
 */
record PublicationJson(int number, Instant committedAt, String sha256, String previous, String manifest,
		@Nullable Long uploadId, Map<String, Long> actas, Map<String, Manifest.Changes> changes,
		List<FileDigest> files) {

	static PublicationJson of(Publication publication) {
		Map<String, Long> actas = new java.util.LinkedHashMap<>();
		publication.files().forEach((file) -> actas.put(file.name(), file.rows()));
		return new PublicationJson(publication.number(), publication.committedAt(), publication.sha256(),
				publication.previous(), publication.manifestPath(),
				(publication.upload() != null) ? publication.upload().id() : null, actas, publication.changes(),
				publication.files());
	}

}
