package org.electionresults.site.chambers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.seats.DeputiesResult;
import org.electionresults.seats.PartyDeputies;
import org.electionresults.seats.SeatsService;
import org.electionresults.seats.SenateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The chambers: a hemicycle of every seat, with the tables behind it. */
class ChamberPagesTests extends CountIntegrationTest {

	@Autowired
	SeatsService seats;

	@Test
	void beforeAnyUploadEverySeatIsPending() throws Exception {
		String senate = body("/chambers/senate");
		assertThat(senate).contains("Aún no hay actas computadas: todos los escaños están pendientes", "Mayoría: 19");
		assertThat(count(senate, "<circle class=\"seat pending\"")).isEqualTo(36);
		assertThat(count(body("/chambers/deputies"), "<circle class=\"seat pending\"")).isEqualTo(130);
	}

	@Test
	void theSenateHemicycleHasOneTitledSeatPerSenatorColouredByParty() throws Exception {
		CountFixture.upload(this.uploads, this.dir);
		SenateResult senate = this.seats.senate();

		String page = body("/chambers/senate");

		assertThat(count(page, "<circle class=\"seat")).isEqualTo(36);
		assertThat(count(page, "fill=\"url(#seat-MAS_IPSP)\"><title>MAS-IPSP</title>")).isEqualTo(senate.seatsOf("MAS_IPSP"));
		assertThat(count(page, "fill=\"url(#seat-CC)\"><title>CC</title>")).isEqualTo(senate.seatsOf("CC"));
		// each party's pattern: its colour, and a texture for all but the largest
		assertThat(page).contains("<pattern id=\"seat-MAS_IPSP\"", "fill=\"#1F4E9E\"", "<pattern id=\"seat-CC\"",
				"fill=\"#DB7700\"", "class=\"texture\"");
		assertThat(page).contains("role=\"img\"",
				"aria-label=\"Cámara de Senadores: 36 escaños. MAS-IPSP " + senate.seatsOf("MAS_IPSP"),
				"class=\"majority-line\"", "Mayoría: 19", "Provisional", "Escaños por partido",
				"Escaños por departamento", "href=\"/departments/7\"");
	}

	@Test
	void theDeputiesWithSeatsByKindAndEveryConstituency() throws Exception {
		CountFixture.upload(this.uploads, this.dir);
		DeputiesResult deputies = this.seats.deputies();
		PartyDeputies mas = deputies.totalOf("MAS_IPSP");

		String page = body("/chambers/deputies");

		assertThat(count(page, "<circle class=\"seat")).isEqualTo(130);
		assertThat(count(page, "<title>MAS-IPSP</title>")).isEqualTo(mas.total());
		assertThat(count(page, "<circle class=\"seat pending\"")).isEqualTo(deputies.pendingSeats());
		assertThat(count(page, "href=\"/constituencies/uninominal/")).isEqualTo(63);
		assertThat(count(page, "href=\"/constituencies/special/")).isEqualTo(7);
		assertThat(page.replaceAll("\\s+", " ")).contains("Mayoría: 66", "Uninominales", "Plurinominales",
				"<td class=\"num strong\">" + mas.total() + "</td> <td class=\"num\">" + mas.uninominal()
						+ "</td> <td class=\"num\">" + mas.plurinominal() + "</td> <td class=\"num\">" + mas.special()
						+ "</td>");
	}

	@Test
	void inEnglish() {
		CountFixture.upload(this.uploads, this.dir);

		assertThat(this.mvc.get().uri("/chambers/deputies?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Chamber of Deputies", "Majority: 66", "Seats by party", "Uninominal constituencies");
	}

	private String body(String path) throws Exception {
		return this.mvc.get()
			.uri(path)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static int count(String text, String what) {
		Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
