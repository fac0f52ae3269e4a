package org.electionresults.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs uploads whose client asked for an answer before the end ({@code Prefer: respond-async}),
 * one at a time (uploads to an election land one after the other anyway). On shutdown a running
 * upload is given time to finish.
 */
@Component
class BackgroundUploads implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundUploads.class);

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "background-upload");
		thread.setDaemon(true);
		return thread;
	});

	void run(long id, Runnable upload, Path file) {
		this.executor.execute(() -> {
			try {
				upload.run();
			}
			catch (RuntimeException ex) {
				logger.error("Background upload {} failed", id, ex);
			}
			finally {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					logger.warn("Could not delete {}: {}", file, ex.toString());
				}
			}
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(20, TimeUnit.SECONDS)) {
			this.executor.shutdownNow();
		}
	}

}
