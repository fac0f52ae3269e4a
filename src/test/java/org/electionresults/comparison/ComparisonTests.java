package org.electionresults.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.electionresults.RealSample;
import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * 2019 beside 2020: the migrated 2019 count gives the official national shares, and on the real
 * partial export of 19 October 2020 every swing, at every level, is the exact 2020 share minus the
 * exact 2019 share, both computed here independently from the raw counts.
 */
class ComparisonTests extends CountIntegrationTest {

	/** Positions of the 2020 running presidential parties in the vote arrays. */
	static final Map<String, Integer> POSITION = Map.of("CREEMOS", 1, "MAS_IPSP", 3, "FPV", 4, "PAN_BOL", 5, "CC", 7);

	static final Path SAMPLE = RealSample.PARTIAL_EXPORT;

	@Autowired
	ComparisonService comparisons;

	@Test
	void theMigrated2019CountGivesTheOfficialNationalShares() throws Exception {
		String body = json("/api/comparison/2019?level=NATIONAL");
		assertThat(JsonPath.<String>read(body, "$.level")).isEqualTo("NATIONAL");
		assertThat(JsonPath.<String>read(body, "$.baseline")).contains("annulled");
		assertThat(decimal(body, "$.rows[0].parties[?(@.code == 'MAS_IPSP')].share2019")).isEqualByComparingTo("47.08");
		assertThat(decimal(body, "$.rows[0].parties[?(@.code == 'CC')].share2019")).isEqualByComparingTo("36.51");
		assertThat(JsonPath.<Integer>read(body, "$.rows[0].counted2020")).isZero();
		assertThat(JsonPath.<Integer>read(body, "$.rows[0].expected2020")).isEqualTo(34157 + 1443);
		assertThat(JsonPath.<Object>read(body, "$.rows[0].turnout2020")).isNull();
		assertThat(JsonPath.<List<Object>>read(body, "$.rows[0].parties[*].swing")).containsOnlyNulls().hasSize(4);
		// MAS-IPSP 2,889,359 and CC 2,240,920 of 6,137,671 valid votes (docs/rules.md)
		AreaComparison national = this.comparisons.national();
		assertThat(national.party("MAS_IPSP").orElseThrow().share2019())
			.isEqualTo(org.electionresults.results.Share.of(2889359, 6137671));
		assertThat(national.party("CC").orElseThrow().share2019())
			.isEqualTo(org.electionresults.results.Share.of(2240920, 6137671));
	}

	@Test
	void everyLevelListsItsAreasWith2019OnlyBeforeTheCount() throws Exception {
		assertThat(JsonPath.<List<Object>>read(json("/api/comparison/2019?level=DEPARTMENT"), "$.rows")).hasSize(9);
		String municipalities = json("/api/comparison/2019?level=MUNICIPALITY");
		assertThat(JsonPath.<List<Object>>read(municipalities, "$.rows")).hasSize(341);
		assertThat(JsonPath.<List<String>>read(municipalities, "$.rows[*].area")).contains("32:5:1:1", "32:5:4:5");
		assertThat(this.mvc.get().uri("/api/comparison/2019?level=PROVINCE")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void onTheRealSampleEverySwingIsThe2020ShareMinusThe2019Share() throws Exception {
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(SAMPLE, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		int checked = 0;
		for (String level : List.of("NATIONAL", "DEPARTMENT", "MUNICIPALITY")) {
			String body = json("/api/comparison/2019?level=" + level);
			List<Map<String, Object>> rows = JsonPath.read(body, "$.rows");
			for (Map<String, Object> row : rows) {
				String area = (String) row.get("area");
				Counts before = counts2019(level, area);
				Counts after = counts2020(level, area);
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> parties = (List<Map<String, Object>>) row.get("parties");
				assertThat(((Number) row.get("counted2020")).intValue()).isEqualTo(after.actas);
				for (Map<String, Object> party : parties) {
					String code = (String) party.get("code");
					BigDecimal share2019 = percent(before.votes.get(code), before.valid);
					assertThat(new BigDecimal(party.get("share2019").toString())).isEqualByComparingTo(round(share2019));
					if (after.actas == 0) {
						assertThat(party.get("share2020")).isNull();
						assertThat(party.get("swing")).isNull();
						continue;
					}
					BigDecimal share2020 = percent(after.votes.get(code), after.valid);
					BigDecimal swing = new BigDecimal(party.get("swing").toString());
					assertThat(new BigDecimal(party.get("share2020").toString())).isEqualByComparingTo(round(share2020));
					assertThat(swing).isEqualByComparingTo(round(share2020.subtract(share2019)));
					assertThat(swing.subtract(new BigDecimal(party.get("share2020").toString())
						.subtract(new BigDecimal(party.get("share2019").toString()))).abs())
						.isLessThanOrEqualTo(new BigDecimal("0.01"));
					checked++;
				}
			}
		}
		// the sample covers part of the country: many areas compared, not all
		assertThat(checked).isGreaterThan(4 * 50);
		assertThat(this.comparisons.swingByMunicipality("MAS_IPSP")).containsKey("32:2:1:1")
			.hasSize(this.jdbc
				.sql("SELECT count(*) FROM area_total WHERE ballot = 'PRESIDENT' AND level = 'MUNICIPALITY' AND area LIKE '32:%'")
				.query(Long.class)
				.single()
				.intValue());
		assertThat(this.comparisons.swingByMunicipality("CREEMOS")).isEmpty();
	}

	@Test
	void theCsvHasOneLinePerArea() {
		assertThat(this.mvc.get().uri("/api/comparison/2019.csv?level=DEPARTMENT")).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.bodyText()
			.startsWith("level,area,name,counted2020,expected2020,turnout2019,turnout2020,share2019_MAS_IPSP,")
			.contains("DEPARTMENT,32:5,Potosí,0,")
			.satisfies((text) -> assertThat(text.strip().split("\n")).hasSize(10));
	}

	@Test
	void theComparisonPageSortsAndFiltersOnTheServer() throws Exception {
		String all = this.mvc.get().uri("/comparison/2019").exchange().getResponse().getContentAsString();
		assertThat(all).contains("2019 y 2020 por municipio", "anulada", "href=\"/maps?layer=swing\"",
				"Municipios: 341 (0 con actas de 2020 computadas)", "sort=swing-MAS_IPSP&amp;dir=asc");
		String potosi = this.mvc.get()
			.uri("/comparison/2019?department=5&sort=turnout2019&dir=desc")
			.exchange()
			.getResponse()
			.getContentAsString();
		long inPotosi = this.jdbc.sql("SELECT count(*) FROM result_2019 WHERE country_id = 32 AND region_id = 5")
			.query(Long.class)
			.single();
		assertThat(potosi).contains("Municipios: " + inPotosi + " (", "aria-sort=\"descending\"")
			.doesNotContain("href=\"/municipalities/32:4:");
		// rows in descending 2019 turnout: compare with the database's order
		List<String> expected = this.jdbc.sql("""
				SELECT '32:' || region_id || ':' || province_id || ':' || section FROM result_2019
				WHERE country_id = 32 AND region_id = 5
				ORDER BY (valid + blank + null_votes)::numeric / registered DESC LIMIT 3""").query(String.class).list();
		int first = potosi.indexOf("href=\"/municipalities/" + expected.get(0) + "\"");
		int second = potosi.indexOf("href=\"/municipalities/" + expected.get(1) + "\"");
		int third = potosi.indexOf("href=\"/municipalities/" + expected.get(2) + "\"");
		assertThat(first).isPositive().isLessThan(second);
		assertThat(second).isLessThan(third);
		// hostile or unknown orders fall back to the default; an unknown department is not found
		assertThat(this.mvc.get().uri("/comparison/2019?sort=<script>&dir=x")).hasStatusOk();
		assertThat(this.mvc.get().uri("/comparison/2019?department=99")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theOverviewDepartmentAndMunicipalityPagesShow2019BesideTheCoverage() {
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(SAMPLE, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		for (String page : List.of("/", "/departments/2", "/municipalities/32:2:1:1")) {
			assertThat(this.mvc.get().uri(page)).hasStatusOk()
				.bodyText()
				.contains("Comparación con 2019", "anulada", "Actas de 2020 computadas:", "Cambio (puntos)");
		}
		assertThat(this.mvc.get().uri("/departments/2?lang=en")).bodyText()
			.contains("Compared with 2019", "later annulled", "2020 actas counted:");
		String uncounted = this.jdbc.sql("""
				SELECT '32:' || region_id || ':' || province_id || ':' || section FROM result_2019 r WHERE country_id = 32
				AND NOT EXISTS (SELECT 1 FROM area_total a WHERE a.level = 'MUNICIPALITY'
				                AND a.area = '32:' || r.region_id || ':' || r.province_id || ':' || r.section)
				ORDER BY id LIMIT 1""").query(String.class).single();
		assertThat(this.mvc.get().uri("/municipalities/" + uncounted)).hasStatusOk()
			.bodyText()
			.contains("solo se muestra 2019", "Aún no hay actas computadas en este lugar");
	}

	private String json(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString();
	}

	private static BigDecimal decimal(String body, String path) {
		List<Object> values = JsonPath.read(body, path);
		return new BigDecimal(values.get(0).toString());
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole),
				new MathContext(40));
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private Counts counts2019(String level, String area) {
		String where = switch (level) {
			case "NATIONAL" -> "true";
			case "DEPARTMENT" -> "r.country_id = 32 AND r.region_id = " + area.split(":")[1];
			default -> {
				String[] ids = area.split(":");
				yield "r.country_id = 32 AND r.region_id = " + ids[1] + " AND r.province_id = " + ids[2]
						+ " AND r.section = " + ids[3];
			}
		};
		Counts counts = new Counts();
		counts.valid = this.jdbc.sql("SELECT sum(valid) FROM result_2019 r WHERE " + where).query(Long.class).single();
		for (String party : ComparisonService.PARTIES) {
			counts.votes.put(party, this.jdbc.sql("SELECT coalesce(sum(v.votes), 0) FROM result_2019 r "
					+ "JOIN result_2019_vote v ON v.result_id = r.id AND v.party = ? WHERE " + where)
				.param(party)
				.query(Long.class)
				.single());
		}
		return counts;
	}

	private Counts counts2020(String level, String area) {
		String areaLevel = switch (level) {
			case "DEPARTMENT" -> "REGION";
			default -> level;
		};
		Counts counts = new Counts();
		List<Map<String, Object>> found = this.jdbc
			.sql("SELECT mesas, votes FROM area_total WHERE ballot = 'PRESIDENT' AND level = ? AND area = ?")
			.param(areaLevel)
			.param(area)
			.query()
			.listOfRows();
		if (found.isEmpty()) {
			return counts;
		}
		counts.actas = ((Number) found.get(0).get("mesas")).intValue();
		Long[] votes;
		try {
			votes = (Long[]) ((java.sql.Array) found.get(0).get("votes")).getArray();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		POSITION.forEach((party, position) -> {
			counts.valid += votes[position - 1];
			counts.votes.put(party, votes[position - 1]);
		});
		return counts;
	}

	static final class Counts {

		int actas;

		long valid;

		final Map<String, Long> votes = new HashMap<>();

	}

}
