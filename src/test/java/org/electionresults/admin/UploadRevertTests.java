package org.electionresults.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.UploadCommitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Reverts and dry runs on the real partial export of 19 October 2020, through the API. A is most
 * of the sample; B, a later snapshot, leaves out its first rows (withdrawn), brings its last ones
 * (inserted) and corrects some in between. After B is reverted everything the public sees equals
 * the state after A: every aggregate, every current tally, the JSON and CSV API and the pages.
 */
@RecordApplicationEvents
class UploadRevertTests extends CountIntegrationTest {

	// Pages and API answers compared whole; they hold no mesa that a revert leaves behind.
	private static final List<String> PUBLIC = List.of("/api/results/president", "/api/seats/senate",
			"/api/seats/deputies", "/api/results/deputies-uninominal?constituency=1",
			"/api/results/president.csv?level=STATION", "/api/results/uninominal.csv?level=UNINOMINAL",
			"/api/results/president.csv?level=MUNICIPALITY", "/", "/candidates", "/parties", "/chambers/senate",
			"/chambers/deputies", "/departments", "/departments/2", "/departments/3", "/departments/7", "/abroad");

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	SampleFiles sample;

	int rows;

	@BeforeEach
	void readSample() throws Exception {
		this.sample = SampleFiles.read();
		this.rows = this.sample.rows();
	}

	@Test
	void revertingBRestoresEveryTotalSeatAndPageOfA() throws Exception {
		upload(fileA(), true, 201);
		Map<String, Object> afterA = state();
		JsonNode b = upload(fileB(), true, 201);
		assertThat(b.get("inserted").asInt()).isPositive();
		assertThat(b.get("corrected").asInt()).isPositive();
		assertThat(b.get("withdrawn").asInt()).isPositive();
		assertThat(state()).isNotEqualTo(afterA);
		this.events.clear();

		JsonNode revert = revert(b.get("id").asLong(), 201);

		assertThat(revert.get("status").asString()).isEqualTo("COMMITTED");
		assertThat(revert.get("kind").asString()).isEqualTo("REVERT");
		assertThat(revert.get("reverts").asLong()).isEqualTo(b.get("id").asLong());
		// Seen from the revert: B's insertions withdrawn, its corrections and withdrawals restored.
		assertThat(revert.get("withdrawn").asInt()).isEqualTo(b.get("inserted").asInt());
		assertThat(revert.get("corrected").asInt()).isEqualTo(b.get("corrected").asInt());
		assertThat(revert.get("inserted").asInt()).isEqualTo(b.get("withdrawn").asInt());
		assertSameState(state(), afterA);
		assertThat(this.events.stream(UploadCommitted.class)).singleElement()
			.satisfies((event) -> assertThat(event.uploadId()).isEqualTo(revert.get("id").asLong()));
		assertThat(get("/api/admin/uploads/" + b.get("id").asLong()).get("revertedBy").asLong())
			.isEqualTo(revert.get("id").asLong());
		// Its own history entry, naming what it reverted, with the corrections it made.
		assertThat(this.mvc.get().uri("/admin/uploads/" + revert.get("id").asLong()).with(user("admin").roles("ADMIN")))
			.hasStatusOk();
		assertThat(this.jdbc.sql("SELECT count(*) FROM count_point").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aRevertIsRefusedWhenALaterUploadChangedTheSameActas() throws Exception {
		upload(fileA(), true, 201);
		JsonNode b = upload(fileB(), true, 201);
		// C corrects, among others, rows that B brought or corrected.
		JsonNode c = upload(this.sample.write(this.dir.resolve("c.csv"), this.rows * 80 / 100, this.rows, 7), false,
				201);
		assertThat(c.get("corrected").asInt()).isPositive();
		Map<String, Object> afterC = state();
		long version = dataVersion();

		JsonNode refused = revert(b.get("id").asLong(), 409);

		assertThat(refused.get("reason").asString()).isEqualTo("LATER_CHANGES");
		assertThat(refused.get("laterUploads").get(0).asLong()).isEqualTo(c.get("id").asLong());
		assertThat(refused.get("detail").asString()).contains("" + c.get("id").asLong());
		assertSameState(state(), afterC);
		assertThat(dataVersion()).isEqualTo(version);
		// Revert C first, then B: back to A.
		revert(c.get("id").asLong(), 201);
		revert(b.get("id").asLong(), 201);
		assertThat(revert(b.get("id").asLong(), 409).get("reason").asString()).isEqualTo("ALREADY_REVERTED");
	}

	@Test
	void aRevertCanBeRevertedAndTheFileUploadedAgain() throws Exception {
		upload(fileA(), true, 201);
		Map<String, Object> afterA = state();
		Path fileB = fileB();
		JsonNode b = upload(fileB, true, 201);
		Map<String, Object> afterB = state();
		JsonNode revert = revert(b.get("id").asLong(), 201);

		JsonNode again = revert(revert.get("id").asLong(), 201);

		assertThat(again.get("reverts").asLong()).isEqualTo(revert.get("id").asLong());
		assertSameState(state(), afterB);
		assertThat(get("/api/admin/uploads/" + b.get("id").asLong()).get("revertedBy").isNull()).isTrue();
		// B is in effect again: reverting it again works, and then its bytes are not a duplicate.
		revert(b.get("id").asLong(), 201);
		assertSameState(state(), afterA);
		JsonNode reuploaded = upload(fileB, true, 201);
		assertThat(reuploaded.get("status").asString()).isEqualTo("COMMITTED");
		assertSameState(state(), afterB);
	}

	@Test
	void aDryRunReportsWhatItWouldDoAndChangesNothing() throws Exception {
		upload(fileA(), true, 201);
		Map<String, Object> afterA = state();
		long version = dataVersion();
		long points = count("count_point");
		long tallies = count("tally");
		this.events.clear();

		JsonNode check = upload(fileB(), true, true, 200);

		assertThat(check.get("status").asString()).isEqualTo("CHECKED");
		assertThat(check.get("kind").asString()).isEqualTo("CHECK");
		assertSameState(state(), afterA);
		assertThat(dataVersion()).isEqualTo(version);
		assertThat(count("count_point")).isEqualTo(points);
		assertThat(count("tally")).isEqualTo(tallies);
		assertThat(this.events.stream(UploadCommitted.class)).isEmpty();
		JsonNode planned = check.get("plannedCorrections");
		assertThat(planned.size()).isPositive();
		assertThat(planned.get(0).get("before").get("votes")).isNotEqualTo(planned.get(0).get("after").get("votes"));
		// What it said it would do is what the upload then does.
		JsonNode b = upload(fileB(), true, 201);
		for (String field : List.of("rows", "inserted", "corrected", "unchanged", "withdrawn")) {
			assertThat(check.get(field).asInt()).as(field).isEqualTo(b.get(field).asInt());
		}
		assertThat(planned.size()).isEqualTo(Math.min(300, b.get("corrected").asInt()));
		// In the history as a check, on the page too.
		assertThat(this.mvc.get().uri("/admin/uploads/" + check.get("id").asLong()).with(user("admin").roles("ADMIN")))
			.hasStatusOk().bodyText().contains("Prueba");
	}

	@Test
	void aDryRunOfABadFileAnswers422AndChangesNothing() throws Exception {
		upload(fileA(), true, 201);
		Map<String, Object> afterA = state();
		Path bad = Files.writeString(this.dir.resolve("bad.csv"), Files.readString(fileA()).replaceFirst(
				"\n1001,PRESIDENTE,4,", "\n1001,PRESIDENTE,x,"), StandardCharsets.UTF_8);

		JsonNode check = upload(bad, false, true, 422);

		assertThat(check.get("status").asString()).isEqualTo("REJECTED");
		assertThat(check.get("kind").asString()).isEqualTo("CHECK");
		assertThat(check.get("errorCount").asInt()).isPositive();
		assertSameState(state(), afterA);
	}

	private Path fileA() throws Exception {
		return this.sample.write(this.dir.resolve("a.csv"), 0, this.rows * 90 / 100, 0);
	}

	private Path fileB() throws Exception {
		return this.sample.write(this.dir.resolve("b.csv"), this.rows * 5 / 100, this.rows, 11);
	}

	/** Everything the public sees, and the tables behind it; the time of the last commit aside. */
	private Map<String, Object> state() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("area_total", this.jdbc.sql("""
				SELECT ballot, level, area, parent_level, parent_area, name, mesas, registered, emitted, valid, blank,
				       null_votes, votes::text FROM area_total ORDER BY ballot, level, area""").query().listOfRows());
		state.put("tally", this.jdbc.sql("""
				SELECT mesa_code, ballot, constituency, registered, votes::text, valid, blank, null_votes, emitted
				FROM tally WHERE status = 'CURRENT' ORDER BY mesa_code, ballot""").query().listOfRows());
		Object updated = this.jdbc.sql("SELECT updated_at FROM election").query().singleValue();
		this.jdbc.sql("UPDATE election SET updated_at = '2020-10-19 20:00:00+00'").update();
		this.jdbc.sql("UPDATE area_total SET updated_at = '2020-10-19 20:00:00+00'").update();
		for (String uri : PUBLIC) {
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasStatusOk();
			String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			// A CSV lists areas of the same name in no set order: compared as a set of lines.
			state.put(uri, uri.contains(".csv") ? body.lines().sorted().collect(Collectors.joining("\n"))
					: withoutPublication(body));
		}
		this.jdbc.sql("UPDATE election SET updated_at = ?").param(updated).update();
		return state;
	}

	/**
	 * A page without what names the publication rather than the count: a revert is a publication
	 * of its own (its number and hash in the footer, the data version the page shows and prints).
	 */
	private static String withoutPublication(String page) {
		return page.replaceAll("data-version=\"\\d+\"", "data-version=\"\"")
			.replaceAll("(?s)<p class=\"print-only print-version\".*?</p>", "")
			.replaceAll("(?s)<footer.*?</footer>", "");
	}

	/** Key by key; for a page or answer, the first line that differs. */
	private static void assertSameState(Map<String, Object> actual, Map<String, Object> expected) {
		assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
		expected.forEach((key, value) -> {
			if (value instanceof String text) {
				String[] want = text.split("\n");
				String[] got = ((String) actual.get(key)).split("\n");
				for (int line = 0; line < Math.min(want.length, got.length); line++) {
					assertThat(got[line]).as("%s line %d", key, line + 1).isEqualTo(want[line]);
				}
				assertThat(got.length).as("%s lines", key).isEqualTo(want.length);
			}
			else {
				assertThat(actual.get(key)).as(key).isEqualTo(value);
			}
		});
	}

	private long dataVersion() {
		return this.jdbc.sql("SELECT data_version FROM election").query(Long.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private JsonNode upload(Path file, boolean snapshot, int status) throws Exception {
		return upload(file, snapshot, false, status);
	}

	private JsonNode upload(Path file, boolean snapshot, boolean dryRun, int status) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(new MockMultipartFile("file", file.getFileName().toString(), "text/csv", Files.readAllBytes(file)))
			.param("snapshot", String.valueOf(snapshot))
			.param("dryRun", String.valueOf(dryRun))
			.with(httpBasic("admin", "test-admin-password"))
			.exchange();
		return answer(result, status);
	}

	private JsonNode revert(long id, int status) {
		return answer(this.mvc.post()
			.uri("/api/admin/uploads/{id}/revert", id)
			.with(httpBasic("admin", "test-admin-password"))
			.exchange(), status);
	}

	private JsonNode get(String uri) {
		return answer(this.mvc.get().uri(uri).with(httpBasic("admin", "test-admin-password")).exchange(), 200);
	}

	private JsonNode answer(MvcTestResult result, int status) {
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		return this.json.readTree(body);
	}

}
