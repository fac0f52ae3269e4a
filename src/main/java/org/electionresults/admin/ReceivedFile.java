package org.electionresults.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.electionresults.ingest.UploadAttempt;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;

import org.springframework.web.multipart.MultipartFile;

/**
 * Moves a multipart file to a private temporary file, ingests it (now, or in the background for a
 * client that follows its stages), and deletes the copy.
 */
final class ReceivedFile {

	private ReceivedFile() {
	}

	static UploadReport ingest(UploadService uploads, MultipartFile file, boolean snapshot, boolean dryRun,
			String user) throws IOException {
		Path copy = Files.createTempFile("election-upload-", ".bin");
		try {
			file.transferTo(copy);
			return uploads.ingest(UploadAttempt.of(copy, file.getOriginalFilename(), snapshot, user), dryRun);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** Starts the upload in the background; returns its id at once. */
	static long start(UploadService uploads, BackgroundUploads background, MultipartFile file, boolean snapshot,
			boolean dryRun, String user) throws IOException {
		Path copy = Files.createTempFile("election-upload-", ".bin");
		try {
			file.transferTo(copy);
			UploadAttempt attempt = UploadAttempt.of(copy, file.getOriginalFilename(), snapshot, user);
			long id = uploads.begin();
			background.run(id, () -> uploads.run(id, attempt, dryRun), copy);
			return id;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

}
