package org.electionresults.site.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.PageText.es;
import static org.electionresults.PageText.esPercent;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.seats.ConstituencyCount;
import org.electionresults.seats.PartyDeputies;
import org.electionresults.seats.SeatsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The parties: their votes and the seats they won so far. */
class PartyPagesTests extends CountIntegrationTest {

	@Autowired
	SeatsService seats;

	@Test
	void beforeAnyUploadThePagesShowNoSeatsAndNoErrors() {
		assertThat(this.mvc.get().uri("/parties")).hasStatusOk().bodyText().contains("MAS-IPSP", "APG", "Retirado");
		assertThat(this.mvc.get().uri("/parties/CC")).hasStatusOk()
			.bodyText()
			.contains("Comunidad Ciudadana", "Ninguna por ahora");
	}

	@Test
	void theIndexListsEveryPartyWithItsVotesAndSeats() {
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);

		assertThat(this.mvc.get().uri("/parties")).hasStatusOk()
			.bodyText()
			.contains("href=\"/parties/MAS_IPSP\"", ">" + es(president.votes("MAS_IPSP")) + "<",
					"href=\"/parties/APG\"", "Solo diputados especiales", "href=\"/parties/LIBRE_21\"", "Retirado");
	}

	@Test
	void aPartyWithItsPresidentialVoteSeatsAndConstituenciesWon() {
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);
		int senators = this.seats.senate().seatsOf("MAS_IPSP");
		PartyDeputies deputies = this.seats.deputies().totalOf("MAS_IPSP");
		ConstituencyCount won = this.seats.constituencies(Ballot.UNINOMINAL)
			.stream()
			.filter((constituency) -> constituency.seat().winner().filter("MAS_IPSP"::equals).isPresent())
			.findFirst()
			.orElseThrow();

		assertThat(this.mvc.get().uri("/parties/MAS_IPSP")).hasStatusOk()
			.bodyText()
			.contains("Movimiento al Socialismo", "href=\"/candidates/luis-arce-catacora\"",
					">" + es(president.votes("MAS_IPSP")) + "<",
					esPercent(president.votes("MAS_IPSP"), president.validForRunningParties()),
					"<span class=\"value\">" + senators + "</span>",
					"<span class=\"value\">" + deputies.total() + "</span>",
					"uninominales " + deputies.uninominal() + " · plurinominales " + deputies.plurinominal()
							+ " · especiales " + deputies.special(),
					"participa en el reparto de los escaños plurinominales", "Provisional",
					"href=\"/constituencies/uninominal/" + won.number() + "\"",
					">" + es(won.result().parties().get(0).votes()) + "<", es(won.marginVotes()) + " votos");
	}

	@Test
	void aPartyIsFoundByItsCodeInAnyCase() {
		assertThat(this.mvc.get().uri("/parties/mas_ipsp")).hasStatusOk().bodyText().contains("MAS-IPSP");
	}

	@Test
	void anIndigenousOrganisationShowsItsSpecialVote() {
		SyntheticExport.Totals special = CountFixture.upload(this.uploads, this.dir).get(Ballot.SPECIAL);

		assertThat(this.mvc.get().uri("/parties/CIDOB")).hasStatusOk()
			.bodyText()
			.contains("Confederación de Pueblos Indígenas de Bolivia", "Votos a diputados especiales",
					">" + es(special.votes("CIDOB")) + "<");
	}

	@Test
	void aWithdrawnPartySaysSo() {
		CountFixture.upload(this.uploads, this.dir);

		assertThat(this.mvc.get().uri("/parties/JUNTOS")).hasStatusOk()
			.bodyText()
			.contains("Este partido se retiró antes de la elección", "no puede ganar escaños")
			.doesNotContain("Escaños por departamento");
	}

	@Test
	void anUnknownPartyIsA404() {
		assertThat(this.mvc.get().uri("/parties/XYZ")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
