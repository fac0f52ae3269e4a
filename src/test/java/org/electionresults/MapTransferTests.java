package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Pages with a map over real HTTP, as a browser asks for them (gzip accepted), on the
 * real partial export: under 200 KB transferred, rendered and from the page cache alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapTransferTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	@BeforeAll
	void uploadTheSample() {
		TallyDatabase.reset(this.jdbc);
		UploadReport report = this.uploads.ingest(
				UploadFiles.attempt(RealSample.PARTIAL_EXPORT, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
	}

	@Test
	void aPageWithAMapIsSentCompressedUnder200Kilobytes() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		for (String page : List.of("/", "/maps", "/maps?layer=swing&party=MAS_IPSP", "/departments/2",
				"/departments/7")) {
			// the first request renders, the second comes from the page cache
			for (int attempt = 0; attempt < 2; attempt++) {
				HttpResponse<byte[]> response = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page))
							.header("Accept-Encoding", "gzip")
							.build(),
						HttpResponse.BodyHandlers.ofByteArray());
				assertThat(response.statusCode()).as(page).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Encoding")).as(page).hasValue("gzip");
				assertThat(response.body().length).as(page).isLessThan(200_000);
				String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
						StandardCharsets.UTF_8);
				assertThat(html).as(page).contains("<svg class=\"map\"", "</html>");
			}
		}
	}

}
