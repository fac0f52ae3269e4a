package org.electionresults.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The application started with the {@code demo} profile on an empty database of its own: the first
 * page a newcomer opens shows the real count of 19 October 2020, loaded as an upload by {@code demo}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class DemoCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoCount demo;

	@Test
	void theFirstStartLoadsTheRealPartialExportAsAnUploadByDemo() {
		assertThat(this.jdbc.sql("SELECT uploaded_by, file_name, status FROM upload")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list()).containsExactly("demo oep-export-2020-10-19-partial.csv " + UploadStatus.COMMITTED);
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally").query(Long.class).single()).isEqualTo(20464);
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Luis Arce Catacora", "Carlos Mesa")
			.doesNotContain("Aún no hay resultados");
	}

	@Test
	void aDatabaseWithUploadsIsLeftAsItIs() {
		assertThat(this.demo.load()).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single()).isEqualTo(1);
	}

}
