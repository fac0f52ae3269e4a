package org.electionresults.site.chambers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.PageText.es;
import static org.electionresults.PageText.esPercent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

/** The single-member constituencies: who wins the seat and by how much. */
class ConstituencyPagesTests extends CountIntegrationTest {

	static final List<String> RUNNING = List.of("CREEMOS", "MAS_IPSP", "FPV", "PAN_BOL", "CC");

	@Test
	void theWinnerAndMarginAsInTheFile() {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		int number = export.rows()
			.filter((row) -> row.ballot() == Ballot.UNINOMINAL)
			.map(SyntheticExport.Row::constituency)
			.findFirst()
			.orElseThrow();
		Map<String, Long> votes = new TreeMap<>();
		RUNNING.forEach((party) -> votes.put(party, CountFixture.votes(export, Ballot.UNINOMINAL, party,
				(mesa) -> !mesa.abroad() && mesa.uninominal() == number)));
		long valid = CountFixture.valid(export, Ballot.UNINOMINAL,
				(mesa) -> !mesa.abroad() && mesa.uninominal() == number);
		List<Map.Entry<String, Long>> ranked = votes.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.toList();
		long margin = ranked.get(0).getValue() - ranked.get(1).getValue();
		String winner = ranked.get(0).getKey().replace('_', '-');

		assertThat(this.mvc.get().uri("/constituencies/uninominal/" + number)).hasStatusOk()
			.bodyText()
			.contains("Circunscripción uninominal " + number, winner + " gana el escaño",
					"Con el " + esPercent(ranked.get(0).getValue(), valid) + " de los votos válidos, "
							+ esPercent(margin, valid).replace("\u00a0%", " puntos") + " (" + es(margin) + " votos)",
					">" + es(ranked.get(0).getValue()) + "<", "href=\"/chambers/deputies\"");
	}

	@Test
	void aConstituencyWithoutActasIsPending() {
		CountFixture.upload(this.uploads, this.dir);
		int pending = this.jdbc.sql(
				"SELECT min(n) FROM generate_series(1, 63) n WHERE NOT EXISTS (SELECT 1 FROM area_total WHERE level = 'UNINOMINAL' AND area = n::text)")
			.query(Integer.class)
			.single();

		assertThat(this.mvc.get().uri("/constituencies/uninominal/" + pending)).hasStatusOk()
			.bodyText()
			.contains("el escaño está pendiente");
	}

	@Test
	void aSpecialConstituency() {
		SyntheticExport.Totals special = CountFixture.upload(this.uploads, this.dir).get(Ballot.SPECIAL);
		int number = this.jdbc.sql("SELECT min(area::int) FROM area_total WHERE level = 'SPECIAL'")
			.query(Integer.class)
			.single();

		assertThat(this.mvc.get().uri("/constituencies/special/" + number)).hasStatusOk()
			.bodyText()
			.contains("Circunscripción especial " + number, "Diputados especiales", "APG");
		assertThat(special.rows()).isPositive();
	}

	@Test
	void unknownConstituenciesAre404s() {
		assertThat(this.mvc.get().uri("/constituencies/uninominal/64")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/constituencies/special/8")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/constituencies/other/1")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
