package org.electionresults.site.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.PageText.es;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

/**
 * Every department, municipality and polling station of the reference data has a page from the
 * start, with what a complete count holds there; places the reference data does not know stay 404.
 */
class EveryPlacePagesTests extends CountIntegrationTest {

	@Test
	void beforeAnyUploadAMunicipalityShowsItsExpectedActasAndVoters() {
		long mesas = expected("mesas", "country_id = 32 AND region_id = 5 AND province_id = 1 AND section = 1");
		long registered = expected("registered",
				"country_id = 32 AND region_id = 5 AND province_id = 1 AND section = 1");
		assertThat(this.mvc.get().uri("/municipalities/32:5:1:1")).hasStatusOk()
			.bodyText()
			.contains("Potosí", "Aún no hay actas computadas en este lugar",
					"Se esperan " + es(mesas) + " actas y " + es(registered) + " inscritos",
					"href=\"/stations/1494:1\"", "Esc. Simon Rodriguez", "href=\"/departments/5\"");
		assertThat(this.mvc.get().uri("/municipalities/32:5:1:1?lang=en")).bodyText()
			.contains(mesas + " actas and " + String.format("%,d", registered) + " registered voters are expected");
	}

	@Test
	void beforeAnyUploadADepartmentListsEveryMunicipality() throws Exception {
		long municipalities = this.jdbc
			.sql("SELECT count(DISTINCT (province_id, section)) FROM polling_station WHERE country_id = 32 AND region_id = 5")
			.query(Long.class)
			.single();
		String page = this.mvc.get().uri("/departments/5").exchange().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/municipalities/32:5:1:1\"", "Sin actas computadas");
		assertThat(page.split("href=\"/municipalities/32:5:", -1)).hasSize((int) municipalities + 1);
	}

	@Test
	void beforeAnyUploadAStationShowsItsExpectedMesas() throws Exception {
		assertThat(this.mvc.get().uri("/stations/1204:52")).hasStatusOk()
			.bodyText()
			.contains("Escuela Arabate", "Se esperan 1 actas y 118 inscritos", "href=\"/municipalities/32:1:1:1\"",
					"href=\"/departments/1\"");
	}

	@Test
	void beforeAnyUploadACountryAndACityAbroadHaveTheirPages() {
		assertThat(this.mvc.get().uri("/abroad")).hasStatusOk().bodyText().contains("href=\"/abroad/4\"", "Alemania");
		assertThat(this.mvc.get().uri("/abroad/4")).hasStatusOk()
			.bodyText()
			.contains("Alemania", "Se esperan 2 actas y 268 inscritos", "href=\"/abroad/4/61\"", "Berlín");
		assertThat(this.mvc.get().uri("/abroad/4/61")).hasStatusOk().bodyText().contains("Berlín");
		assertThat(this.mvc.get().uri("/stations/3804:25129")).hasStatusOk()
			.bodyText()
			.contains("Embajada", "href=\"/abroad/4\"", "href=\"/abroad/4/61\"");
	}

	@Test
	void placesTheReferenceDataDoesNotKnowAreNotFound() {
		assertThat(this.mvc.get().uri("/municipalities/32:99:1:1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/municipalities/32:5:1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/municipalities/x:5:1:1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/stations/999999:1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/abroad/999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/abroad/4/999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/abroad/32")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void progressInACountedMunicipalityUsesTheRegister() {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		SyntheticExport.Mesa mesa = export.mesas().filter((m) -> !m.abroad()).findFirst().orElseThrow();
		String where = "country_id = 32 AND region_id = " + mesa.departmentId() + " AND province_id = "
				+ mesa.provinceId() + " AND section = " + mesa.section();
		long mesas = expected("mesas", where);
		assertThat(this.mvc.get()
			.uri("/municipalities/32:" + mesa.departmentId() + ":" + mesa.provinceId() + ":" + mesa.section()))
			.hasStatusOk()
			.bodyText()
			.contains("de " + es(mesas) + " (");
	}

	private long expected(String column, String where) {
		return this.jdbc.sql("SELECT sum(" + column + ") FROM polling_station WHERE " + where)
			.query(Long.class)
			.single();
	}

}
