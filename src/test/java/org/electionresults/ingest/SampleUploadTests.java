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
import org.electionresults.IntegrationTest;
import org.electionresults.TallyDatabase;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real partial export of 19 October 2020 (a copy of the shared sample) lands whole, and the sum
 * of each column over the current tallies equals the sum over the file.
 */
@IntegrationTest
class SampleUploadTests {

	private static final List<String> COUNTS = List.of("INSCRITOS_HABILITADOS", "VOTO_VALIDO", "VOTO_BLANCO",
			"VOTO_NULO", "VOTO_EMITIDO");

	@Autowired
	UploadService uploads;

	@Autowired
	ElectionCatalogService catalogs;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyCount() {
		TallyDatabase.reset(this.jdbc);
	}

	@Test
	void everyColumnSumsToTheFile() throws Exception {
		Path sample = Path.of(getClass().getResource("/samples/oep-export-2020-10-19-partial.csv").toURI());

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

}
