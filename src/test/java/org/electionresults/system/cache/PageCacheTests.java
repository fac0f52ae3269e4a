package org.electionresults.system.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Public responses are served from memory until an upload commits, then rendered anew; sessions and
 * administrators always get a fresh render.
 */
@SpringBootTest(properties = "elections.cache.enabled=true")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class PageCacheTests {

	private static final String NATIONAL = "/api/results/president";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UploadService uploads;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void aResponseIsReusedUntilTheNextCommit() {
		Map<Ballot, SyntheticExport.Totals> first = upload("first.csv", 0);
		MvcTestResult rendered = this.mvc.get().uri(NATIONAL).exchange();
		String body = body(rendered);
		String etag = rendered.getResponse().getHeader("ETag");
		assertThat(rendered).bodyJson().extractingPath("$.emitted").isEqualTo((int) first.get(Ballot.PRESIDENT).emitted());

		// A change behind the application's back, without a new data version, is not seen: the
		// response comes from memory.
		tamper(1000);
		MvcTestResult cached = this.mvc.get().uri(NATIONAL).exchange();
		assertThat(body(cached)).isEqualTo(body);
		assertThat(cached.getResponse().getHeader("Content-Security-Policy")).isNotBlank();
		assertThat(this.mvc.get().uri(NATIONAL).header("If-None-Match", etag)).hasStatus(HttpStatus.NOT_MODIFIED);

		// A request with a session is rendered fresh and sees the tampered figure.
		assertThat(this.mvc.get().uri(NATIONAL).with((request) -> {
			request.setRequestedSessionId("some-session");
			return request;
		})).bodyJson().extractingPath("$.emitted").isEqualTo((int) first.get(Ballot.PRESIDENT).emitted() + 1000);
		tamper(-1000);

		// A committed upload makes the next response a fresh render of the new totals.
		Map<Ballot, SyntheticExport.Totals> second = upload("second.csv", 1);
		MvcTestResult after = this.mvc.get().uri(NATIONAL).exchange();
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
		assertThat(after).bodyJson()
			.extractingPath("$.emitted")
			.isEqualTo((int) (first.get(Ballot.PRESIDENT).emitted() + second.get(Ballot.PRESIDENT).emitted()));
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private void tamper(int votes) {
		this.jdbc.sql("UPDATE area_total SET emitted = emitted + ? WHERE level = 'NATIONAL' AND ballot = 'PRESIDENT'")
			.param(votes)
			.update();
	}

	private Map<Ballot, SyntheticExport.Totals> upload(String name, int part) {
		SyntheticExport export = SyntheticExport.builder()
			.mesas(200)
			.seed(31)
			.ballots(EnumSet.allOf(Ballot.class))
			.onlyMesas((mesa) -> mesa.index() % 2 == part)
			.build();
		UploadFiles.Written file = UploadFiles.write(this.dir, name, export);
		this.uploads.ingest(UploadFiles.attempt(file.file(), false));
		return file.totals();
	}

}
