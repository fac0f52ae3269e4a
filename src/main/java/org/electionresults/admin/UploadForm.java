package org.electionresults.admin;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the upload form sends.
 *
 * @param file the tally file
 * @param snapshot whether the file is a complete snapshot of the count
 */
record UploadForm(MultipartFile file, Boolean snapshot) {

	boolean isSnapshot() {
		return Boolean.TRUE.equals(this.snapshot);
	}

}
