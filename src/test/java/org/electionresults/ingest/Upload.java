package org.electionresults.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the reader on a file written by a test, collecting what reaches the sink.
 */
final class Upload {

	static final TallyFileReader READER = new TallyFileReader(ReferenceFixtures.eg2020(), 300);

	private Upload() {
	}

	static Read csv(Path directory, String content) {
		return csv(directory, content, StandardCharsets.UTF_8);
	}

	static Read csv(Path directory, String content, Charset charset) {
		return bytes(directory, "export.csv", content.getBytes(charset));
	}

	static Read bytes(Path directory, String fileName, byte[] content) {
		try {
			Path file = Files.createTempFile(directory, "upload", ".tmp");
			Files.write(file, content);
			return file(file, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Read file(Path file, String fileName) {
		return file(READER, file, fileName);
	}

	static Read file(TallyFileReader reader, Path file, String fileName) {
		List<TallyRow> rows = new ArrayList<>();
		try {
			ReadReport report = reader.read(file, fileName, rows::add);
			return new Read(report, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Read(ReadReport report, List<TallyRow> rows) {

		List<String> errorCodes() {
			return this.report.errors().stream().map(Problem::code).toList();
		}

		List<String> warningCodes() {
			return this.report.warnings().stream().map(Problem::code).toList();
		}

		/** The one error of the file; fails if there is not exactly one. */
		Problem error() {
			if (this.report.errors().size() != 1) {
				throw new AssertionError("Expected exactly one error but got " + this.report.errors());
			}
			return this.report.errors().get(0);
		}

		/** The one warning of the file; fails if there is not exactly one. */
		Problem warning() {
			if (this.report.warnings().size() != 1) {
				throw new AssertionError("Expected exactly one warning but got " + this.report.warnings());
			}
			return this.report.warnings().get(0);
		}

	}

}
