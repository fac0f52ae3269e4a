package org.electionresults.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.electionresults.IntegrationTest;
import org.electionresults.TallyDatabase;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.UploadApi.Answer;
import org.electionresults.ingest.UploadApi.Sent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Randomly damaged copies of valid files (bytes flipped, cut short, lines deleted, doubled or
 * swapped, fields changed), sent one after the other through the upload API onto a committed
 * count, as snapshots or not. Whatever the damage: the answer is 201, 200 or 422, never a
 * server error; an upload that is not committed changes nothing; a committed one lands whole;
 * and after every upload the aggregates equal the current tallies and no tally comes from an
 * upload that was not committed.
 * <p>
 * The seed is logged, and a failure names it: {@code -Dupload-fuzz.seed=<seed>} replays the run;
 * {@code -Dupload-fuzz.uploads=<n>} makes a longer one.
 */
@IntegrationTest
class UploadFuzzTests {

	private static final Logger logger = LoggerFactory.getLogger(UploadFuzzTests.class);

	private static final int UPLOADS = Integer.getInteger("upload-fuzz.uploads", 60);

	private static final long SEED = Long.getLong("upload-fuzz.seed", System.nanoTime());

	/** Bytes a flip writes half of the time: delimiters, quotes, line ends, digits, NUL, UTF-8 leads. */
	private static final byte[] TELLING_BYTES = { ',', ';', '"', '\n', '\r', ' ', '0', '9', '-', '.', 0, (byte) 0xC3,
			(byte) 0xFF };

	/** The committed count the uploads start from: 70 % of a 120-mesa election. */
	private static final byte[] BASELINE = ExportLines.of(election().counted(0.7).build()).utf8();

	/**
	 * Valid files to damage: the baseline, the whole count (new mesas), corrections of some
	 * mesas, a smaller corrected count (withdrawals when sent as a snapshot), and the
	 * presidential sheet of the whole count as a workbook.
	 */
	private static final List<Source> SOURCES = List.of(new Source("baseline.csv", BASELINE),
			csv("whole.csv", election()), csv("corrected.csv", election().correct((mesa) -> mesa.index() % 4 == 0, 1)),
			csv("fewer.csv", election().counted(0.5).correct((mesa) -> mesa.index() % 5 == 0, 2)),
			new Source("whole.xlsx",
					new TallyWorkbook().csvSheet("Presidente", ExportLines.of(election().build()).blockCells(1))
						.bytes()));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private UploadApi api;

	@BeforeEach
	void commitTheBaseline() {
		TallyDatabase.reset(this.jdbc);
		this.api = new UploadApi(this.mvc, this.json);
		assertThat(this.api.send("baseline.csv", BASELINE, false).status()).isEqualTo(201);
	}

	@TestFactory
	Stream<DynamicTest> damagedFilesNeverFailTheServerNorLandInPart() {
		logger.info("Upload fuzz seed {} (replay with -Dupload-fuzz.seed={})", SEED, SEED);
		Random random = new Random(SEED);
		List<Damaged> files = new ArrayList<>();
		for (int n = 1; n <= UPLOADS; n++) {
			files.add(Damaged.of(n, SOURCES.get(random.nextInt(SOURCES.size())), random));
		}
		Map<Integer, Integer> statuses = new TreeMap<>();
		return Stream.concat(files.stream().map((file) -> DynamicTest.dynamicTest(file.toString(), () -> {
			statuses.merge(upload(file), 1, Integer::sum);
		})), Stream.of(DynamicTest.dynamicTest("outcomes",
				() -> logger.info("Upload fuzz seed {}: HTTP statuses {}", SEED, statuses))));
	}

	private int upload(Damaged file) {
		String context = "seed " + SEED + ", " + file;
		CountSnapshot before = CountSnapshot.of(this.jdbc);

		Sent sent = this.api.send(file.fileName(), file.content(), file.snapshot());

		assertThat(sent.status()).as(context + ": " + sent.body()).isIn(200, 201, 422);
		Answer answer = sent.answer();
		assertThat(answer.status()).as(context)
			.isEqualTo(switch (sent.status()) {
				case 201 -> "COMMITTED";
				case 200 -> "DUPLICATE";
				default -> "REJECTED";
			});
		if (sent.status() == 422) {
			assertThat(answer.errorCount()).as(context).isPositive();
			assertThat(answer.errors()).as(context)
				.isNotEmpty()
				.allSatisfy((problem) -> assertThat(problem.message()).isNotBlank());
		}
		else {
			assertThat(answer.errorCount()).as(context).isZero();
		}
		if (sent.status() == 201) {
			assertLandedWhole(answer, context);
		}
		else {
			assertThat(CountSnapshot.of(this.jdbc)).as(context + ": an upload that was not committed changed the count")
				.isEqualTo(before);
		}
		TallyInvariants.assertHold(this.jdbc, "after " + context);
		return sent.status();
	}

	/** Every change a committed upload reports is in the tallies, under its id. */
	private void assertLandedWhole(Answer answer, String context) {
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE upload_id = ?")
			.param(answer.id())
			.query(Long.class)
			.single()).as(context + ": new versions").isEqualTo(answer.inserted() + answer.corrected());
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE replaced_by = ? AND status = 'SUPERSEDED'")
			.param(answer.id())
			.query(Long.class)
			.single()).as(context + ": superseded").isEqualTo(answer.corrected());
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE replaced_by = ? AND status = 'WITHDRAWN'")
			.param(answer.id())
			.query(Long.class)
			.single()).as(context + ": withdrawn").isEqualTo(answer.withdrawn());
	}

	private static SyntheticExport.Builder election() {
		return SyntheticExport.builder().mesas(120).seed(31).ballots(EnumSet.allOf(Ballot.class));
	}

	private static Source csv(String fileName, SyntheticExport.Builder export) {
		return new Source(fileName, ExportLines.of(export.build()).utf8());
	}

	/**
	 * A valid file to start from.
	 *
	 * @param fileName its name
	 * @param content its bytes
	 */
	private record Source(String fileName, byte[] content) {

		boolean isText() {
			return this.fileName.endsWith(".csv");
		}

	}

	/**
	 * A damaged copy of a source.
	 *
	 * @param number its place in the run
	 * @param fileName the source's name
	 * @param content the damaged bytes
	 * @param snapshot whether it is sent as a complete snapshot
	 * @param damage what was done to it, to name it
	 */
	private record Damaged(int number, String fileName, byte[] content, boolean snapshot, List<String> damage) {

		/**
		 * One to three damages; text damage only to CSV files. One file in ten is sent intact,
		 * so that commits, corrections and duplicates happen too.
		 */
		static Damaged of(int number, Source source, Random random) {
			byte[] content = source.content();
			List<String> damage = new ArrayList<>();
			int damages = (random.nextInt(10) == 0) ? 0 : 1 + random.nextInt(3);
			for (int i = 0; i < damages; i++) {
				int kind = random.nextInt(source.isText() ? 4 : 2);
				if (kind == 0) {
					int position = random.nextInt(content.length);
					byte value = (random.nextBoolean()) ? TELLING_BYTES[random.nextInt(TELLING_BYTES.length)]
							: (byte) random.nextInt(256);
					content = content.clone();
					content[position] = value;
					damage.add("byte %d := 0x%02X".formatted(position, value & 0xFF));
				}
				else if (kind == 1) {
					int length = random.nextInt(content.length);
					content = Arrays.copyOf(content, length);
					damage.add("cut at byte " + length);
				}
				else {
					TextMutation mutation = new TextMutation(
							TextMutation.Kind.values()[random.nextInt(TextMutation.Kind.values().length)],
							random.nextInt(Integer.MAX_VALUE), random.nextInt(Integer.MAX_VALUE),
							TextMutation.SNIPPETS.get(random.nextInt(TextMutation.SNIPPETS.size())));
					content = mutation.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
					damage.add(mutation.kind() + "(" + mutation.a() + ", " + mutation.b() + ", \""
							+ ProblemLog.excerpt(mutation.text()).replace("\n", "\\n").replace("\0", "\\0") + "\")");
				}
				if (content.length == 0) {
					break;
				}
			}
			return new Damaged(number, source.fileName(), content, random.nextInt(4) == 0, damage);
		}

		@Override
		public String toString() {
			return "upload %d of %s%s: %s".formatted(this.number, this.fileName, this.snapshot ? " (snapshot)" : "",
					this.damage.isEmpty() ? "intact" : String.join(", ", this.damage));
		}

	}

}
