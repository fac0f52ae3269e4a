package org.electionresults;

import java.nio.file.Path;

import org.electionresults.ingest.UploadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An {@link IntegrationTest} that starts every test from an empty count and uploads files of its
 * own: MockMvc, the upload service, JDBC and a scratch directory for the files.
 */
@IntegrationTest
public abstract class CountIntegrationTest {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected UploadService uploads;

	@Autowired
	protected JdbcClient jdbc;

	@TempDir
	protected Path dir;

	@BeforeEach
	void emptyCount() {
		TallyDatabase.reset(this.jdbc);
	}

}
