package org.electionresults.admin;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the upload form sends.
 *
 * @param file the tally file
 * @param snapshot whether the file is a complete snapshot of the count
 * @param dryRun "check only": read and check it, report what it would do, change nothing
 */
record UploadForm(MultipartFile file, Boolean snapshot, Boolean dryRun) {

	boolean isSnapshot() {
		return Boolean.TRUE.equals(this.snapshot);
	}

	boolean isDryRun() {
		return Boolean.TRUE.equals(this.dryRun);
	}

}
