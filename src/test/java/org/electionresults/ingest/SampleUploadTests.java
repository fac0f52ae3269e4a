package org.electionresults.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.electionresults.RealSample;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real partial export of 19 October 2020 (a copy of the shared sample) lands whole, and the sum
 * of each column over the current tallies equals the sum over the file. In the OEP's files
 * ID_RECINTO is numbered within a locality (Sucre and Potosí both have a recinto 52), so a polling
 * station is its locality and its number.
 */
class SampleUploadTests extends CountIntegrationTest {

	private static final List<String> COUNTS = List.of("INSCRITOS_HABILITADOS", "VOTO_VALIDO", "VOTO_BLANCO",
			"VOTO_NULO", "VOTO_EMITIDO");

	@Autowired
	ElectionCatalogService catalogs;

	@Test
	void everyColumnSumsToTheFile() throws Exception {
		Path sample = sample();

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(sample, false));

		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		assertThat(report.errorCount()).isZero();
		assertThat(report.rows()).isEqualTo(20_464);
		ElectionCatalog election = this.catalogs.current();
		for (Ballot ballot : List.of(Ballot.PRESIDENT, Ballot.UNINOMINAL)) {
			Map<String, Long> file = columnSums(sample, ballot, election);
			Map<String, Object> tallies = this.jdbc.sql("""
					SELECT sum(registered) AS "INSCRITOS_HABILITADOS", sum(valid) AS "VOTO_VALIDO",
					       sum(blank) AS "VOTO_BLANCO", sum(null_votes) AS "VOTO_NULO", sum(emitted) AS "VOTO_EMITIDO"
					FROM tally WHERE ballot = ? AND status = 'CURRENT'""").param(ballot.name()).query().singleRow();
			for (String column : COUNTS) {
				assertThat(((Number) tallies.get(column)).longValue()).as(ballot + " " + column)
					.isEqualTo(file.get(column));
			}
			for (ElectionCatalog.PartyInfo party : election.partiesOn(ballot)) {
				long sum = this.jdbc.sql("SELECT sum(votes[?]) FROM tally WHERE ballot = ? AND status = 'CURRENT'")
					.param(party.position())
					.param(ballot.name())
					.query(Long.class)
					.single();
				assertThat(sum).as(ballot + " " + party.code()).isEqualTo(file.get(party.code()));
			}
		}
	}

	private static Map<String, Long> columnSums(Path sample, Ballot ballot, ElectionCatalog election)
			throws IOException {
		Map<String, Long> sums = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(sample, StandardCharsets.UTF_8);
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			for (NamedCsvRecord row : csv) {
				if (!Ballot.fromExportName(row.getField("CANDIDATURA")).orElseThrow().equals(ballot)) {
					continue;
				}
				for (String column : COUNTS) {
					sums.merge(column, Long.parseLong(row.getField(column).trim()), Long::sum);
				}
				for (ElectionCatalog.PartyInfo party : election.partiesOn(ballot)) {
					sums.merge(party.code(), Long.parseLong(row.getField(party.code()).trim()), Long::sum);
				}
			}
		}
		return sums;
	}

	@Test
	void theRealExportLandsWithOneAreaPerPollingStation() {
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(sample(), false));

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

	private static Path sample() {
		return RealSample.PARTIAL_EXPORT;
	}

}
