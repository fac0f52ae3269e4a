package org.electionresults.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full national export (about 70,000 rows, 12 MB) is read in well under a second of CPU.
 */
class TallyFilePerformanceTests {

	private static final int PRESIDENT_ROWS = 35_600;

	private static final int UNINOMINAL_ROWS = 34_000;

	private static final int SPECIAL_ROWS = 800;

	/**
	 * Generous against the goal (well under 1 s once warm) so that a slow build machine does
	 * not fail the build; a regression to per-cell regexes or per-row maps would still break it.
	 */
	private static final long MAX_CPU_MILLIS = 3_000;

	@TempDir
	Path directory;

	@Test
	void readsAFullNationalExportQuickly() throws IOException {
		Path file = writeNationalExport();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		AtomicLong delivered = new AtomicLong();
		TallyFileReader reader = new TallyFileReader(ReferenceFixtures.eg2020(), 300);

		long coldStart = threads.getCurrentThreadCpuTime();
		ReadReport report = reader.read(file, "export.csv", (row) -> delivered.incrementAndGet());
		long coldMillis = (threads.getCurrentThreadCpuTime() - coldStart) / 1_000_000;

		long warmStart = threads.getCurrentThreadCpuTime();
		reader.read(file, "export.csv", (row) -> delivered.incrementAndGet());
		long warmMillis = (threads.getCurrentThreadCpuTime() - warmStart) / 1_000_000;

		System.out.printf("%,d bytes, %,d rows: %d ms CPU cold, %d ms warm%n", Files.size(file), report.rows(),
				coldMillis, warmMillis);
		assertThat(report.errors()).isEmpty();
		assertThat(report.rows()).isEqualTo(PRESIDENT_ROWS + UNINOMINAL_ROWS + SPECIAL_ROWS);
		assertThat(delivered.get()).isEqualTo(2L * report.rows());
		assertThat(coldMillis).isLessThan(MAX_CPU_MILLIS);
		assertThat(warmMillis).isLessThan(MAX_CPU_MILLIS);
	}

	private Path writeNationalExport() throws IOException {
		Path file = this.directory.resolve("export.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
			out.write(String.join(",", Acta.UNINOMINAL_HEADER));
			out.write("\r\n");
			for (int i = 0; i < PRESIDENT_ROWS; i++) {
				write(out, padded(Acta.president(10_000 + i)), Acta.UNINOMINAL_HEADER);
			}
			for (int i = 0; i < UNINOMINAL_ROWS; i++) {
				write(out, padded(Acta.uninominal(10_000 + i)), Acta.UNINOMINAL_HEADER);
			}
			for (int i = 0; i < SPECIAL_ROWS; i++) {
				write(out, padded(Acta.special(80_000 + i)), Acta.SPECIAL_HEADER);
			}
		}
		return file;
	}

	private static Acta padded(Acta acta) {
		return acta.set("PROVINCIA", String.format("%-40s", "Tomás Frías"))
			.set("LOCALIDAD", String.format("%-40s", "Potosí"))
			.set("RECINTO", "\"U. E. Ismael Montes, \"\"B\"\" (Temporal)\"");
	}

	private static void write(BufferedWriter out, Acta acta, List<String> layout) throws IOException {
		out.write(String.join(",", acta.fields(layout)));
		out.write("\r\n");
	}

}
