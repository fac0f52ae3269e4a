package org.electionresults.site.candidates;


import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.PageText.en;
import static org.electionresults.PageText.es;
import static org.electionresults.PageText.esPercent;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

/** The presidential tickets, nationally and per department. */
class CandidatePagesTests extends CountIntegrationTest {

	@Test
	void beforeAnyUploadTheTicketsAreListedWithoutVotes() {
		assertThat(this.mvc.get().uri("/candidates")).hasStatusOk()
			.bodyText()
			.contains("Aún no hay votos computados", "Luis Arce Catacora", "Carlos Mesa", "Jeanine Áñez", "Retirado");
		assertThat(this.mvc.get().uri("/candidates/carlos-mesa")).hasStatusOk()
			.bodyText()
			.contains("Carlos Mesa", "Vicepresidencia: Gustavo Pedraza", "Aún no hay votos computados");
	}

	@Test
	void theIndexListsEveryTicketWithItsNationalVotes() {
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);

		assertThat(this.mvc.get().uri("/candidates")).hasStatusOk()
			.bodyText()
			.contains("href=\"/candidates/luis-fernando-camacho\"", ">" + es(president.votes("CREEMOS")) + "<",
					esPercent(president.votes("CREEMOS"), president.validForRunningParties()), "Jorge Quiroga",
					"Retirado");
	}

	@Test
	void aTicketNationallyAndInEachDepartmentAsInTheFile() {
		SyntheticExport export = CountFixture.export().build();
		SyntheticExport.Totals president = CountFixture.upload(this.uploads, this.dir, "count.csv", export)
			.get(Ballot.PRESIDENT);
		long laPaz = CountFixture.votes(export, Ballot.PRESIDENT, "CC", (mesa) -> CountFixture.inDepartment(mesa, 2));
		long laPazValid = CountFixture.valid(export, Ballot.PRESIDENT, (mesa) -> CountFixture.inDepartment(mesa, 2));
		long abroad = CountFixture.votes(export, Ballot.PRESIDENT, "CC", SyntheticExport.Mesa::abroad);

		assertThat(this.mvc.get().uri("/candidates/carlos-mesa")).hasStatusOk()
			.bodyText()
			.contains("Carlos Mesa", "href=\"/parties/CC\"", "Comunidad Ciudadana",
					">" + es(president.votes("CC")) + "<", ">" + es(laPaz) + "<", esPercent(laPaz, laPazValid),
					">" + es(abroad) + "<", "href=\"/departments/2\"", "href=\"/abroad\"", "Donde es más fuerte",
					"Donde es más débil", "más fuerte", "más débil");
		assertThat(this.mvc.get().uri("/candidates/carlos-mesa?lang=en")).bodyText()
			.contains(">" + en(president.votes("CC")) + "<", "Strongest in", "By department");
	}

	@Test
	void theStrongestAndWeakestDepartmentsAreThoseOfTheHighestAndLowestShare() throws Exception {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		String strongest = null;
		String weakest = null;
		double high = -1;
		double low = 2;
		String[] names = { "Chuquisaca", "La Paz", "Cochabamba", "Oruro", "Potosí", "Tarija", "Santa Cruz", "Beni",
				"Pando" };
		for (int department = 1; department <= 9; department++) {
			int id = department;
			long votes = CountFixture.votes(export, Ballot.PRESIDENT, "MAS_IPSP", (mesa) -> CountFixture.inDepartment(mesa, id));
			long valid = CountFixture.valid(export, Ballot.PRESIDENT, (mesa) -> CountFixture.inDepartment(mesa, id));
			double share = (double) votes / valid;
			if (share > high) {
				high = share;
				strongest = names[department - 1];
			}
			if (share < low) {
				low = share;
				weakest = names[department - 1];
			}
		}

		String page = this.mvc.get()
			.uri("/candidates/luis-arce-catacora")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.replaceAll("\\s+", " "))
			.contains("Donde es más fuerte</span> <span class=\"value\"><a href=\"/departments/"
					+ departmentId(names, strongest) + "\">" + strongest + "</a>")
			.contains("Donde es más débil</span> <span class=\"value\"><a href=\"/departments/"
					+ departmentId(names, weakest) + "\">" + weakest + "</a>");
	}

	@Test
	void aWithdrawnTicketSaysSoAndShowsNoVotes() {
		CountFixture.upload(this.uploads, this.dir);

		assertThat(this.mvc.get().uri("/candidates/jeanine-anez")).hasStatusOk()
			.bodyText()
			.contains("Jeanine Áñez", "Esta candidatura se retiró antes de la elección", "votos nulos")
			.doesNotContain("Por departamento");
	}

	@Test
	void anUnknownCandidateIsA404() {
		assertThat(this.mvc.get().uri("/candidates/nobody")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static int departmentId(String[] names, String name) {
		return java.util.Arrays.asList(names).indexOf(name) + 1;
	}

}
