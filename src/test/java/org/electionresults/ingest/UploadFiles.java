package org.electionresults.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.electionresults.election.Ballot;

/** Writes test files and turns them into upload attempts. */
public final class UploadFiles {

	private UploadFiles() {
	}

	public static UploadAttempt attempt(Path file, boolean snapshot) {
		try {
			return UploadAttempt.of(file, file.getFileName().toString(), snapshot, "test-admin");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Written write(Path dir, String name, SyntheticExport export) {
		try {
			Path file = dir.resolve(name);
			Map<Ballot, SyntheticExport.Totals> totals = export.writeCsv(file);
			return new Written(file, totals);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Path text(Path dir, String name, String content) {
		try {
			return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A generated file and the column totals of what was written to it.
	 *
	 * @param file the file
	 * @param totals its totals per ballot
	 */
	public record Written(Path file, Map<Ballot, SyntheticExport.Totals> totals) {

	}

}
