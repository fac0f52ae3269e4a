package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, makes dry runs of a built-in export (the real partial count of
 * 19 October 2020, the same file the {@code demo} profile loads) in a background thread: fingerprint,
 * read, checks and comparison with the current tallies, rolled back, so that this code is compiled
 * before the first real upload. Readiness does not wait for it; it records nothing and takes no
 * lock. {@code elections.ingest.warm-up=false} turns it off.
 */
@Component
class ReaderWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(ReaderWarmUp.class);

	static final String FILE = "demo/oep-export-2020-10-19-partial.csv";

	private final UploadService uploads;

	private final boolean enabled;

	private final int runs;

	ReaderWarmUp(UploadService uploads, @Value("${elections.ingest.warm-up:true}") boolean enabled,
			@Value("${elections.ingest.warm-up-runs:3}") int runs) {
		this.uploads = uploads;
		this.enabled = enabled;
		this.runs = runs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUpInBackground() {
		if (!this.enabled) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "reader-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** Runs the warm-up now; whether it read the built-in file (a failure is only logged). */
	boolean warmUp() {
		long start = System.nanoTime();
		Path file = null;
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			file = Files.createTempFile("election-warm-up-", ".csv");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			for (int run = 0; run < this.runs; run++) {
				this.uploads.warmUp(file, "warm-up.csv");
			}
			logger.info("Upload reader warmed up in {} ms ({} runs of the built-in export)",
					(System.nanoTime() - start) / 1_000_000, this.runs);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			// Only the first upload's speed depends on it.
			logger.warn("Upload reader warm-up failed: {}", ex.toString());
			return false;
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					logger.debug("Could not delete {}", file, ex);
				}
			}
		}
	}

}
