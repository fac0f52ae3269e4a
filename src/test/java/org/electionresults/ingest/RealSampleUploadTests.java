package org.electionresults.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.electionresults.IntegrationTest;
import org.electionresults.TallyDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real partial export of 19 October 2020 lands. In the OEP's files ID_RECINTO is
 * numbered within a locality (Sucre and Potosí both have a recinto 52), so a polling
 * station is its locality and its number.
 */
@IntegrationTest
class RealSampleUploadTests {

	static final Path SAMPLE = Path.of("src/test/resources/samples/oep-export-2020-10-19-partial.csv");

	@Autowired
	UploadService uploads;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyCount() {
		TallyDatabase.reset(this.jdbc);
	}

	@Test
	void theRealExportLandsWithOneAreaPerPollingStation() {
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(SAMPLE, false));

		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		long stations = this.jdbc.sql("""
				SELECT count(DISTINCT (m.locality_id, m.station_id)) FROM mesa m
				JOIN tally t ON t.mesa_code = m.code AND t.ballot = 'PRESIDENT'""").query(Long.class).single();
		assertThat(this.jdbc.sql("SELECT count(*) FROM area_total WHERE ballot = 'PRESIDENT' AND level = 'STATION'")
			.query(Long.class)
			.single()).isEqualTo(stations).isGreaterThan(this.jdbc.sql("""
					SELECT count(DISTINCT m.station_id) FROM mesa m
					JOIN tally t ON t.mesa_code = m.code AND t.ballot = 'PRESIDENT'""").query(Long.class).single());
		assertThat(this.jdbc.sql("""
				SELECT sum(mesas) FROM area_total WHERE ballot = 'PRESIDENT' AND level = 'STATION'""")
			.query(Long.class)
			.single()).isEqualTo(
					this.jdbc.sql("SELECT count(*) FROM tally WHERE ballot = 'PRESIDENT'").query(Long.class).single());
	}

}
