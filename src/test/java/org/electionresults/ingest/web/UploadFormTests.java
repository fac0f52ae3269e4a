package org.electionresults.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;

import org.electionresults.CountFixture;
import org.electionresults.IntegrationTest;
import org.electionresults.TallyDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The upload form as a browser sends it: an unticked checkbox sends only its marker
 * field.
 */
@IntegrationTest
class UploadFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void emptyCount() {
		TallyDatabase.reset(this.jdbc);
	}

	@Test
	void theFormShowsAMarkerForTheSnapshotCheckbox() {
		assertThat(this.mvc.get().uri("/admin/uploads").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("name=\"_snapshot\"");
	}

	@Test
	void aFileSentWithoutTickingSnapshotIsUploaded() throws Exception {
		Path file = this.dir.resolve("count.csv");
		CountFixture.export().build().writeCsv(file);
		MockMultipartFile part = new MockMultipartFile("file", "count.csv", "text/csv", Files.readAllBytes(file));

		assertThat(this.mvc.post()
			.uri("/admin/uploads")
			.multipart()
			.file(part)
			.param("_snapshot", "on")
			.with(user("admin").roles("ADMIN"))
			.with(csrf().asHeader())).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/admin/uploads/");
		assertThat(this.jdbc.sql("SELECT snapshot FROM upload").query(Boolean.class).single()).isFalse();
	}

}
