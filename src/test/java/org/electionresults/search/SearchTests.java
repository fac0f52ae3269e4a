package org.electionresults.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.Test;

/**
 * The search box: a mesa by its number, places by name without regard to case, accents or typos,
 * candidates and parties; best first, at most 20; anything typed is only text.
 */
class SearchTests extends CountIntegrationTest {

	@Test
	void findsAMesaByItsNumberExactly() throws Exception {
		SyntheticExport export = CountFixture.export().build();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		SyntheticExport.Mesa mesa = export.mesas().skip(7).findFirst().orElseThrow();

		String body = json("/api/search?q=" + mesa.code());
		assertThat(JsonPath.<List<String>>read(body, "$.results[*].kind")).containsExactly("MESA");
		assertThat(JsonPath.<String>read(body, "$.results[0].url")).isEqualTo("/mesas/" + mesa.code());
		assertThat(JsonPath.<String>read(body, "$.results[0].name")).isEqualTo(Integer.toString(mesa.code()));
		assertThat(JsonPath.<String>read(this.mvc.get().uri("/api/search").param("q", "Mesa " + mesa.code()).exchange()
			.getResponse()
			.getContentAsString(), "$.results[0].url"))
			.isEqualTo("/mesas/" + mesa.code());
		// exact: a neighbouring number is another mesa or none, never a near match
		assertThat(JsonPath.<List<String>>read(json("/api/search?q=999999999"), "$.results")).isEmpty();
	}

	@Test
	void findsAPollingStationByAMisspelledName() throws Exception {
		String body = this.mvc.get().uri("/api/search").param("q", "escuela fray gabriel maria landinni").exchange()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(body, "$.results[0].kind")).isEqualTo("STATION");
		assertThat(JsonPath.<String>read(body, "$.results[0].name")).isEqualTo("Escuela Fray Gabriel Maria Landini");
		assertThat(JsonPath.<String>read(body, "$.results[0].url")).isEqualTo("/stations/1207:55");
		assertThat(JsonPath.<String>read(body, "$.results[0].context")).isEqualTo("Sucre, Chuquisaca");
	}

	@Test
	void findsPotosiWithoutItsAccentAndInAnyCase() throws Exception {
		for (String query : List.of("potosi", "POTOSÍ", "Potosí", "potossi")) {
			String body = this.mvc.get().uri("/api/search").param("q", query).exchange().getResponse().getContentAsString();
			assertThat(JsonPath.<String>read(body, "$.query")).isEqualTo(query);
			assertThat(JsonPath.<String>read(body, "$.results[0].kind")).as(query).isEqualTo("DEPARTMENT");
			assertThat(JsonPath.<String>read(body, "$.results[0].url")).isEqualTo("/departments/5");
			assertThat(JsonPath.<List<String>>read(body, "$.results[*].url")).contains("/municipalities/32:5:1:1");
		}
	}

	@Test
	void findsCountriesCitiesCandidatesAndParties() throws Exception {
		assertThat(first("argentina")).isEqualTo("COUNTRY /abroad/11");
		// a polling station in Bolivia is called exactly "Buenos Aires": it comes first, the city abroad next
		assertThat(first("c.a. buenos aires")).isEqualTo("CITY /municipalities/11:10:1:1");
		assertThat(this.mvc.get().uri("/api/search").param("q", "buenos aires")).bodyJson()
			.extractingPath("$.results[*].url")
			.asArray()
			.contains("/municipalities/11:10:1:1");
		assertThat(first("luis arce")).isEqualTo("CANDIDATE /candidates/luis-arce-catacora");
		assertThat(first("comunidad ciudadana")).isEqualTo("PARTY /parties/CC");
		assertThat(first("cochabamba")).isEqualTo("DEPARTMENT /departments/3");
	}

	@Test
	void findsALocalityOnceItsMesasAreUploaded() throws Exception {
		SyntheticExport export = CountFixture.export().build();
		SyntheticExport.Mesa mesa = export.mesas().filter((m) -> !m.abroad()).findFirst().orElseThrow();
		assertThat(this.mvc.get().uri("/api/search").param("q", mesa.locality())).bodyJson()
			.extractingPath("$.results[?(@.kind == 'LOCALITY')]")
			.asArray()
			.isEmpty();
		CountFixture.upload(this.uploads, this.dir, "count.csv", export);
		String body = this.mvc.get().uri("/api/search").param("q", mesa.locality()).exchange()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.results[?(@.kind == 'LOCALITY')].url")).contains(
				"/municipalities/32:" + mesa.departmentId() + ":" + mesa.provinceId() + ":" + mesa.section());
	}

	@Test
	void takesTheNearestNamesFromTheTrigramIndexWithStatisticsOnBothTables() throws Exception {
		CountFixture.upload(this.uploads, this.dir, "count.csv", CountFixture.export().build());
		// The 6,000 reference names come from their GiST index: were the query text not a constant of
		// the scan (taken from a CTE, as it was), every name's distance would be computed and sorted.
		String plan = String.join("\n", this.jdbc.sql("EXPLAIN " + SearchService.BY_NAME)
			.param("text", "escuela fray gabriel")
			.param("election", 1)
			.param("limit", SearchService.LIMIT)
			.param("candidates", SearchService.CANDIDATES)
			.query(String.class)
			.list());
		assertThat(plan).contains("Index Scan using search_entry_terms");
		// Both tables have statistics (migration V70; the locality refresh after each upload that adds
		// localities): without them the planner guessed a handful of rows and scanned. (A few hundred
		// localities, as here, are rightly read whole; a national count's thousands by the index.)
		assertThat(this.jdbc.sql("""
				SELECT relname, reltuples::bigint FROM pg_class WHERE relname IN ('search_entry', 'search_locality')
				ORDER BY relname""").query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2)).list())
			.containsExactly("search_entry=" + count("search_entry"), "search_locality=" + count("search_locality"));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void returnsAtMostTwentyBestFirst() throws Exception {
		String body = json("/api/search?q=escuela");
		assertThat(JsonPath.<List<Object>>read(body, "$.results")).hasSize(20);
	}

	@Test
	void hostileInputIsJustText() throws Exception {
		for (String query : List.of("'; DROP TABLE mesa; --", "%", "_%_", "\\", "<script>alert(1)</script>",
				"a\u0000b", "x".repeat(5000), "%' OR '1'='1", "${7*7}", "[[${7*7}]]")) {
			assertThat(this.mvc.get().uri("/api/search").param("q", query)).hasStatusOk();
			String page = this.mvc.get().uri("/search").param("q", query).exchange().getResponse().getContentAsString();
			assertThat(page).doesNotContain("<script>alert", ">49<");
		}
		assertThat(JsonPath.<String>read(this.mvc.get().uri("/api/search").param("q", "x".repeat(5000)).exchange()
			.getResponse()
			.getContentAsString(), "$.query")).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(this.jdbc.sql("SELECT count(*) FROM search_entry").query(Long.class).single()).isPositive();
		assertThat(JsonPath.<List<Object>>read(json("/api/search?q="), "$.results")).isEmpty();
	}

	@Test
	void theSearchPageAndTheHeaderBox() {
		assertThat(this.mvc.get().uri("/search?q=potosi")).hasStatusOk()
			.bodyText()
			.contains("resultados para «potosi»", "href=\"/departments/5\"", "Departamento", "Municipio");
		assertThat(this.mvc.get().uri("/search?q=potosi&lang=en")).bodyText().contains("results for “potosi”");
		assertThat(this.mvc.get().uri("/")).bodyText().contains("<form class=\"site-search\" method=\"get\" action=\"/search\"");
	}

	private String first(String query) throws Exception {
		String body = this.mvc.get().uri("/api/search").param("q", query).exchange().getResponse().getContentAsString();
		return JsonPath.<String>read(body, "$.results[0].kind") + " " + JsonPath.<String>read(body, "$.results[0].url");
	}

	private String json(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString();
	}

}
