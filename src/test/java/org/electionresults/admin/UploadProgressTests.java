package org.electionresults.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.UploadAttempt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An upload can be followed while it runs: {@code Prefer: respond-async} answers 202 at once with
 * the upload's address, which shows its stages, in order, with the rows read so far, until the
 * report is there. Nothing of a running upload is stored before it ends.
 */
class UploadProgressTests extends CountIntegrationTest {

	private static final List<String> ALL_STAGES = List.of("READING", "STAGING", "MERGING", "AGGREGATES",
			"COMMITTING", "DONE");

	@Autowired
	JsonMapper json;

	@Test
	void theApiClientFollowsTheStagesInOrderUntilTheReport() throws Exception {
		byte[] sample = Files.readAllBytes(SampleFiles.SAMPLE);
		MvcTestResult accepted = this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(new MockMultipartFile("file", "sample.csv", "text/csv", sample))
			.header("Prefer", "respond-async")
			.with(httpBasic("admin", "test-admin-password"))
			.exchange();
		assertThat(accepted).hasStatus(202).headers().hasValue("Preference-Applied", "respond-async");
		JsonNode started = body(accepted);
		long id = started.get("id").asLong();
		assertThat(started.get("status").asString()).isEqualTo("RUNNING");
		assertThat(accepted.getResponse().getHeader("Location")).isEqualTo("/api/admin/uploads/" + id);

		List<String> seen = new ArrayList<>(List.of(started.get("progress").get("stage").asString()));
		List<Integer> rows = new ArrayList<>();
		JsonNode done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10)).until(() -> {
			// Counted before asking: a row that exists then can only belong to a commit under way or done.
			long stored = this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single();
			JsonNode answer = get(id);
			JsonNode progress = answer.get("progress");
			String stage = progress.get("stage").asString();
			if (stored > 0) {
				assertThat(stage).as("nothing is stored before the commit").isIn("COMMITTING", "DONE");
			}
			if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(stage)) {
				seen.add(stage);
			}
			rows.add(progress.get("rows").asInt());
			return answer;
		}, (answer) -> !"RUNNING".equals(answer.get("status").asString()));

		assertThat(done.get("status").asString()).isEqualTo("COMMITTED");
		assertThat(done.get("rows").asInt()).isEqualTo(20_464);
		// Every stage, in order, with times that do not go back.
		List<String> stages = new ArrayList<>();
		long previous = -1;
		for (JsonNode stage : done.get("progress").get("stages")) {
			stages.add(stage.get("stage").asString());
			assertThat(stage.get("atMillis").asLong()).isGreaterThanOrEqualTo(previous);
			previous = stage.get("atMillis").asLong();
		}
		assertThat(stages).containsExactlyElementsOf(ALL_STAGES);
		// What the client saw while polling is the same order (some stages may pass between two polls).
		assertThat(ALL_STAGES).containsSubsequence(seen);
		assertThat(seen).startsWith("READING").endsWith("DONE");
		assertThat(rows).isSorted();
		assertThat(rows.get(rows.size() - 1)).isEqualTo(20_464);
	}

	@Test
	void theFormsScriptStartsAnUploadAndFollowsItsStages() throws Exception {
		MvcTestResult accepted = this.mvc.post()
			.uri("/admin/uploads")
			.multipart()
			.file(new MockMultipartFile("file", "sample.csv", "text/csv", Files.readAllBytes(SampleFiles.SAMPLE)))
			.param("dryRun", "true")
			.header("Prefer", "respond-async")
			.with(user("admin").roles("ADMIN"))
			.with(csrf().asHeader())
			.exchange();
		assertThat(accepted).hasStatus(202);
		JsonNode started = body(accepted);
		String progress = started.get("progress").asString();

		JsonNode done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(
				() -> body(this.mvc.get().uri(progress).with(user("admin").roles("ADMIN")).exchange()),
				(answer) -> "DONE".equals(answer.get("stage").asString()));

		assertThat(done.get("failed").asBoolean()).isFalse();
		assertThat(this.mvc.get().uri(started.get("report").asString()).with(user("admin").roles("ADMIN")))
			.hasStatusOk();
		assertThat(this.jdbc.sql("SELECT status FROM upload").query(String.class).single()).isEqualTo("CHECKED");
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally").query(Long.class).single()).isZero();
	}

	@Test
	void aRunningUploadThatFailsLeavesNothingAndSaysSo() throws Exception {
		// The background thread is given a file that disappears: the upload fails, nothing is stored.
		long id = this.uploads.begin();
		assertThat(get(id).get("status").asString()).isEqualTo("RUNNING");
		try {
			this.uploads.run(id, new UploadAttempt(this.dir.resolve("gone.csv"), "gone.csv", "0", 0, false, "admin",
					Instant.now()), false);
		}
		catch (RuntimeException expected) {
			// reported through the progress
		}
		JsonNode answer = get(id);
		assertThat(answer.get("progress").get("stage").asString()).isEqualTo("DONE");
		assertThat(answer.get("progress").get("failed").asBoolean()).isTrue();
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single()).isZero();
	}

	private JsonNode get(long id) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/admin/uploads/{id}", id)
			.with(httpBasic("admin", "test-admin-password"))
			.exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	private JsonNode body(MvcTestResult result) {
		return this.json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
