package org.electionresults.site.places;


import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.PageText.en;
import static org.electionresults.PageText.es;
import static org.electionresults.PageText.esPercent;

import java.util.EnumSet;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.ingest.UploadFiles;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

/** The drill-down from the departments and the vote abroad to each mesa and its actas. */
class PlacePagesTests extends CountIntegrationTest {

	@Test
	void beforeAnyUploadTheDepartmentsAreThereWithNothingCounted() {
		assertThat(this.mvc.get().uri("/departments")).hasStatusOk()
			.bodyText()
			.contains("Departamentos y exterior", "href=\"/departments/9\"", "Pando", "Exterior",
					"Sin actas computadas");
		assertThat(this.mvc.get().uri("/departments/5")).hasStatusOk()
			.bodyText()
			.contains("Potosí", "Aún no hay actas computadas en este lugar", "href=\"/municipalities/32:5:1:1\"",
					"Sin actas computadas", "href=\"/constituencies/uninominal/33\"");
		assertThat(this.mvc.get().uri("/abroad")).hasStatusOk().bodyText().contains("Aún no hay actas computadas");
	}

	@Test
	void aDepartmentWithItsResultMunicipalitiesAndConstituencies() {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		long mas = CountFixture.votes(export, Ballot.PRESIDENT, "MAS_IPSP",
				(mesa) -> CountFixture.inDepartment(mesa, 3));
		long valid = CountFixture.valid(export, Ballot.PRESIDENT, (mesa) -> CountFixture.inDepartment(mesa, 3));
		SyntheticExport.Mesa first = export.mesas()
			.filter((mesa) -> CountFixture.inDepartment(mesa, 3))
			.findFirst()
			.orElseThrow();

		assertThat(this.mvc.get().uri("/departments/3")).hasStatusOk()
			.bodyText()
			.contains("Cochabamba", ">" + es(mas) + "<", ">" + esPercent(mas, valid) + "<", "Municipios",
					"href=\"/municipalities/32:3:" + first.provinceId() + ":" + first.section() + "\"",
					first.municipality(), "href=\"/constituencies/uninominal/20\"",
					"href=\"/constituencies/special/2\"");
		assertThat(this.mvc.get().uri("/departments/3?lang=en")).bodyText()
			.contains(">" + en(mas) + "<", "Municipalities", "Presidential vote in Cochabamba");
	}

	@Test
	void downFromAMunicipalityToAStationAndItsMesas() {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		SyntheticExport.Mesa mesa = export.mesas().filter((m) -> !m.abroad()).findFirst().orElseThrow();
		String municipality = "32:" + mesa.departmentId() + ":" + mesa.provinceId() + ":" + mesa.section();
		String station = mesa.localityId() + ":" + mesa.recintoId();
		long stationVotes = CountFixture.votes(export, Ballot.PRESIDENT, "CC",
				(m) -> m.localityId() == mesa.localityId() && m.recintoId() == mesa.recintoId());

		assertThat(this.mvc.get().uri("/municipalities/" + municipality)).hasStatusOk()
			.bodyText()
			.contains(mesa.municipality(), "Recintos", "href=\"/stations/" + station + "\"",
					"href=\"/departments/" + mesa.departmentId() + "\"");
		assertThat(this.mvc.get().uri("/stations/" + station)).hasStatusOk()
			.bodyText()
			.contains(">" + es(stationVotes) + "<", "href=\"/mesas/" + mesa.code() + "\"",
					"Mesa " + mesa.number() + " (código " + mesa.code() + ")", "Computada",
					"href=\"/municipalities/" + municipality + "\"");
	}

	@Test
	void aMesaShowsEachActaAsUploaded() {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		SyntheticExport.Row row = export.rows()
			.filter((r) -> r.ballot() == Ballot.UNINOMINAL && r.votes("CC") > 0)
			.findFirst()
			.orElseThrow();

		assertThat(this.mvc.get().uri("/mesas/" + row.mesa().code())).hasStatusOk()
			.bodyText()
			.contains("Mesa " + row.mesa().code(), "Presidente", "Diputados uninominales", "Computada", "Versión 1",
					"vigente", ">" + es(row.registered()) + "<", ">" + es(row.votes("CC")) + "<",
					">" + es(row.emitted()) + "<", "(retirado: voto nulo)",
					"href=\"/constituencies/uninominal/" + row.constituency() + "\"",
					"href=\"/stations/" + row.mesa().localityId() + ":" + row.mesa().recintoId() + "\"");
	}

	@Test
	void aCorrectedActaShowsItsVersionsOldToNewWithTheUploadOfEach() throws Exception {
		SyntheticExport original = CountFixture.export().build();
		SyntheticExport corrected = CountFixture.export().correct((mesa) -> mesa.index() == 3, 1).build();
		CountFixture.upload(this.uploads, this.dir, "original.csv", original);
		CountFixture.upload(this.uploads, this.dir, "corrected.csv", corrected);
		long[] uploadIds = this.jdbc.sql("SELECT id FROM upload ORDER BY id")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		SyntheticExport.Row before = original.rows()
			.filter((r) -> r.mesa().index() == 3 && r.ballot() == Ballot.PRESIDENT)
			.findFirst()
			.orElseThrow();
		SyntheticExport.Row after = corrected.rows()
			.filter((r) -> r.mesa().index() == 3 && r.ballot() == Ballot.PRESIDENT)
			.findFirst()
			.orElseThrow();

		String body = this.mvc.get()
			.uri("/mesas/" + before.mesa().code())
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(body).contains("Versión 1", "Versión 2", "carga n.º " + uploadIds[0], "carga n.º " + uploadIds[1],
				"corregida por la carga n.º " + uploadIds[1], "vigente", "class=\"num changed\"",
				"antes " + es(before.emitted()));
		assertThat(body.indexOf("Versión 1")).isLessThan(body.indexOf("Versión 2"));
		assertThat(body).contains(">" + es(after.emitted()) + "<");
	}

	@Test
	void withdrawnAndPendingActas() {
		SyntheticExport all = CountFixture.export().ballots(EnumSet.of(Ballot.PRESIDENT)).build();
		SyntheticExport fewer = CountFixture.export()
			.ballots(EnumSet.of(Ballot.PRESIDENT))
			.onlyMesas((mesa) -> mesa.index() != 5)
			.build();
		CountFixture.upload(this.uploads, this.dir, "all.csv", all);
		UploadFiles.Written snapshot = UploadFiles.write(this.dir, "fewer.csv", fewer);
		this.uploads.ingest(UploadFiles.attempt(snapshot.file(), true));
		SyntheticExport.Mesa gone = all.mesas().filter((mesa) -> mesa.index() == 5).findFirst().orElseThrow();
		SyntheticExport.Mesa kept = all.mesas().filter((mesa) -> !mesa.abroad()).findFirst().orElseThrow();

		assertThat(this.mvc.get().uri("/mesas/" + gone.code())).hasStatusOk()
			.bodyText()
			.contains("Retirada", "retirada por la carga n.º", "El acta fue retirada del cómputo");
		assertThat(this.mvc.get().uri("/mesas/" + kept.code())).hasStatusOk()
			.bodyText()
			.contains("Diputados uninominales", "Pendiente", "El acta de esta mesa aún no se ha cargado");
	}

	@Test
	void abroadByCountryAndCity() {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		SyntheticExport.Mesa mesa = export.mesas().filter(SyntheticExport.Mesa::abroad).findFirst().orElseThrow();
		long countryVotes = CountFixture.votes(export, Ballot.PRESIDENT, "MAS_IPSP",
				(m) -> m.countryId() == mesa.countryId());

		assertThat(this.mvc.get().uri("/abroad")).hasStatusOk()
			.bodyText()
			.contains("Exterior", "Países", "href=\"/abroad/" + mesa.countryId() + "\"", mesa.country());
		assertThat(this.mvc.get().uri("/abroad/" + mesa.countryId())).hasStatusOk()
			.bodyText()
			.contains(mesa.country(), ">" + es(countryVotes) + "<", "Ciudades",
					"href=\"/abroad/" + mesa.countryId() + "/" + mesa.departmentId() + "\"");
		assertThat(this.mvc.get().uri("/abroad/" + mesa.countryId() + "/" + mesa.departmentId())).hasStatusOk()
			.bodyText()
			.contains(mesa.department(), "Municipios", "href=\"/municipalities/" + mesa.countryId() + ":"
					+ mesa.departmentId() + ":" + mesa.provinceId() + ":" + mesa.section() + "\"");
		assertThat(this.mvc.get().uri("/mesas/" + mesa.code())).hasStatusOk()
			.bodyText()
			.contains("Presidente", "href=\"/abroad/" + mesa.countryId() + "\"")
			.doesNotContain("Diputados uninominales");
	}

	@Test
	void unknownPlacesAre404s() {
		CountFixture.upload(this.uploads, this.dir);
		for (String path : new String[] { "/departments/10", "/departments/abc", "/departments/99999999999",
				"/abroad/32", "/abroad/999", "/abroad/32/2", "/municipalities/1:2", "/municipalities/32:2:99:99",
				"/stations/999999", "/stations/1:999999", "/mesas/999999", "/mesas/abc" }) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

}
