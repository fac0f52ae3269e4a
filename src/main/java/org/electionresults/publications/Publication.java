package org.electionresults.publications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One publication as listed: what its manifest says, and the manifest's SHA-256 (its identity).
 *
 * @param number publication number
 * @param committedAt when its upload committed
 * @param sha256 SHA-256 of its manifest bytes
 * @param previous SHA-256 of the previous manifest
 * @param upload the upload it publishes, {@code null} for publication 0
 * @param files its per-mesa files
 * @param changes actas inserted, corrected, withdrawn per ballot
 * @param president national presidential totals after it
 */
public record Publication(int number, Instant committedAt, String sha256, String previous,
		Manifest.@Nullable UploadRef upload, List<FileDigest> files, Map<String, Manifest.Changes> changes,
		Manifest.NationalTotals president) {

	/** The first 12 characters of the hash, as the footer shows it. */
	public String shortHash() {
		return this.sha256.substring(0, 12);
	}

	/** The manifest's address. */
	public String manifestPath() {
		return "/data/publications/" + this.number + "/manifest.json";
	}

	/** Actas counted after it, all ballots. */
	public long rows() {
		return this.files.stream().mapToLong(FileDigest::rows).sum();
	}

}
