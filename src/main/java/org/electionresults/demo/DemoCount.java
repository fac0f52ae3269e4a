package org.electionresults.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.electionresults.ingest.UploadAttempt;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, a start on a database that has never received an upload loads the
 * real partial export of 19 October 2020 through the normal upload pipeline, as an upload by
 * {@value #UPLOADER}: every page has data at once, and the upload history shows where it came from.
 * A database with any upload (committed, rejected or duplicate) is left as it is. It runs once the
 * beans are ready (the schema migrated) and before the web server opens, so no reader sees the
 * empty count in between.
 */
@Component
@Profile(DemoCount.PROFILE)
class DemoCount implements SmartInitializingSingleton {

	static final String PROFILE = "demo";

	/** Who the upload history names; not an account anyone can sign in with. */
	static final String UPLOADER = "demo";

	static final String FILE_NAME = "oep-export-2020-10-19-partial.csv";

	private static final Logger logger = LoggerFactory.getLogger(DemoCount.class);

	private final UploadService uploads;

	private final Resource export = new ClassPathResource("demo/" + FILE_NAME);

	DemoCount(UploadService uploads) {
		this.uploads = uploads;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load().ifPresent((report) -> logger.info("Demo profile: loaded {} ({} rows): {}", FILE_NAME, report.rows(),
				report.status()));
	}

	/** Loads the demo count if the database has no upload yet; returns the report of that upload. */
	Optional<UploadReport> load() {
		if (!this.uploads.history().isEmpty()) {
			logger.info("Demo profile: the database already has uploads, nothing loaded");
			return Optional.empty();
		}
		try {
			Path file = Files.createTempFile("demo-count", ".csv");
			try {
				try (InputStream in = this.export.getInputStream()) {
					Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				}
				return Optional.of(this.uploads.ingest(UploadAttempt.of(file, FILE_NAME, false, UPLOADER)));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
