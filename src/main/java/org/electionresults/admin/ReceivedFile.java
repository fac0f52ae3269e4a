package org.electionresults.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.electionresults.ingest.UploadAttempt;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;

import org.springframework.web.multipart.MultipartFile;

/** Moves a multipart file to a private temporary file, ingests it, and deletes the copy. */
final class ReceivedFile {

	private ReceivedFile() {
	}

	static UploadReport ingest(UploadService uploads, MultipartFile file, boolean snapshot, String user)
			throws IOException {
		Path copy = Files.createTempFile("election-upload-", ".bin");
		try {
			file.transferTo(copy);
			return uploads.ingest(UploadAttempt.of(copy, file.getOriginalFilename(), snapshot, user));
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

}
