package org.electionresults.publications;

/**
 * What a manifest records of one per-mesa file.
 *
 * @param name file name, e.g. {@code president.csv}
 * @param sha256 SHA-256 of its bytes, lower-case hex
 * @param bytes its length
 * @param rows data rows (the header not counted)
 */
public record FileDigest(String name, String sha256, long bytes, long rows) {

}
