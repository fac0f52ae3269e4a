package org.electionresults.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with {@code kill -9} leaves its embedded PostgreSQL running, and the next start then
 * fails on {@code postmaster.pid}. This stops such an orphan, but only when the pid really is a
 * PostgreSQL process serving this data directory.
 */
final class StalePostmaster {

	private static final Logger logger = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = parsePid(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty() || !isPostgres(process.get())) {
			// PostgreSQL itself recognises a pid file whose process is gone.
			return;
		}
		ProcessHandle postmaster = process.get();
		logger.warn("Stopping PostgreSQL (pid {}) left running by a previous run on {}", postmaster.pid(), pgData);
		postmaster.destroy();
		try {
			postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			logger.warn("PostgreSQL (pid {}) did not stop in {}; killing it", postmaster.pid(), SHUTDOWN_WAIT);
			postmaster.destroyForcibly();
			postmaster.onExit().join();
		}
	}

	private static Optional<Long> parsePid(List<String> lines) {
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.contains("postgres")).orElse(false);
	}

}
