package org.electionresults.site.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.PageText.en;
import static org.electionresults.PageText.enPercent;
import static org.electionresults.PageText.es;
import static org.electionresults.PageText.esPercent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.results.FirstRoundOutcome;
import org.electionresults.results.FirstRoundRule;
import org.electionresults.results.FirstRoundVerdict;
import org.junit.jupiter.api.Test;

/**
 * The overview: the national presidential result, the verdict and the count's progress.
 */
class OverviewPageTests extends CountIntegrationTest {

	static final List<String> RUNNING = List.of("MAS_IPSP", "CC", "CREEMOS", "FPV", "PAN_BOL");

	@Test
	void beforeAnyUploadAnEmptyStateInBothLanguages() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Aún no hay resultados", "Todavía no se ha cargado ninguna acta")
			.doesNotContain("Primera vuelta", "Votos para presidente");
		assertThat(this.mvc.get().uri("/?lang=en")).hasStatusOk()
			.bodyText()
			.contains("No results yet", "No tally sheet has been uploaded yet");
	}

	@Test
	void eachTicketHasTheFileVotesAndSharesInSpanish() {
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);
		long valid = president.validForRunningParties();

		for (String party : RUNNING) {
			assertThat(this.mvc.get().uri("/")).bodyText()
				.as(party)
				.contains(">" + es(president.votes(party)) + "<", ">" + esPercent(president.votes(party), valid) + "<");
		}
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Luis Arce Catacora", "href=\"/candidates/luis-arce-catacora\"", "href=\"/parties/MAS_IPSP\"")
			// withdrawn parties are not tickets any more
			.doesNotContain("Jeanine Áñez", "Jorge Quiroga");
	}

	@Test
	void andInEnglish() {
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);
		long valid = president.validForRunningParties();

		assertThat(this.mvc.get().uri("/?lang=en")).hasStatusOk()
			.bodyText()
			.contains(">" + en(president.votes("MAS_IPSP")) + "<",
					">" + enPercent(president.votes("MAS_IPSP"), valid) + "<", "Votes for president");
	}

	@Test
	void theVerdictInPlainWordsWithItsDistancesAndWhyItIsProvisional() {
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);
		Map<String, Long> votes = new LinkedHashMap<>();
		RUNNING.forEach((party) -> votes.put(party, president.votes(party)));
		FirstRoundVerdict verdict = FirstRoundRule.verdict(votes);
		// 300 of 35,600 mesas: the generated count has a clear leader but cannot be
		// decided
		assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.WON_MAJORITY);
		String share = java.math.BigDecimal.valueOf(verdict.leaderShareBasisPoints(), 2)
			.toPlainString()
			.replace('.', ',');
		String above = java.math.BigDecimal.valueOf(verdict.leaderShareBasisPoints() - 5000, 2)
			.toPlainString()
			.replace('.', ',');

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Con las actas computadas, Luis Arce Catacora (MAS-IPSP) ganaría en primera vuelta",
					"tiene el " + share + "\u00a0% de los votos válidos: más de la mitad, " + above
							+ " puntos por encima del 50 %",
					"Sí, por " + above + " puntos", "Provisional:",
					"los votos de las mesas que faltan computar todavía pueden cambiar este resultado",
					"Faltan computar las mesas de " + es(7_332_925 - president.registered()) + " inscritos");
	}

	@Test
	void progressTurnoutBlankNullAndTheTimeOfTheLastUpload() {
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);
		long nullVotes = president.nullVotes() + (president.valid() - president.validForRunningParties());

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains(">" + es(president.rows()) + "<", "de 35.600 (" + esPercent(president.rows(), 35_600) + ")",
					">" + es(president.registered()) + "<",
					">" + esPercent(president.emitted(), president.registered()) + "<",
					">" + es(president.blank()) + "<", ">" + esPercent(president.blank(), president.emitted()) + "<",
					">" + es(nullVotes) + "<", ">" + esPercent(nullVotes, president.emitted()) + "<",
					"(hora de Bolivia)", "Última actualización");
	}

	@Test
	void theDepartmentsLinkOnwardWithTheirLeader() {
		CountFixture.upload(this.uploads, this.dir);

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("href=\"/departments/2\"", "La Paz", "href=\"/abroad\"", "href=\"/timeline\"",
					"href=\"/chambers/senate\"", "href=\"/chambers/deputies\"");
	}

}
