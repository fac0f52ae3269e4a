package org.electionresults.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The review page, the review API and CSV, the composition of the count and a flagged mesa's page,
 * on the real partial export of 19 October 2020.
 */
class ReviewPagesTests extends CountIntegrationTest {

	@Autowired
	CompositionService compositions;

	@BeforeEach
	void uploadTheSample() {
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(ReviewFlagsSampleTests.SAMPLE, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
	}

	@Test
	void theApiCountsEachRuleNationallyAndPerDepartmentAndIsConditional() {
		MvcTestResult result = this.mvc.get().uri("/api/review").exchange();
		assertThat(result).hasStatusOk();
		String json = body(result);
		for (ReviewRule rule : ReviewRule.values()) {
			long stored = count("SELECT count(*) FROM review_flag WHERE rule = '" + rule + "'");
			List<Number> total = JsonPath.read(json, "$.rules[?(@.code == '" + rule + "')].count");
			assertThat(total).singleElement().satisfies((n) -> assertThat(n.longValue()).isEqualTo(stored));
			List<Number> perDepartment = JsonPath.read(json, "$.rules[?(@.code == '" + rule + "')].departments[*].count");
			assertThat(perDepartment.stream().mapToLong(Number::longValue).sum()).as(rule.name()).isEqualTo(stored);
		}
		List<Number> laPaz = JsonPath.read(json, "$.rules[?(@.code == 'HIGH_NULL')].departments[?(@.department == 2)].count");
		assertThat(laPaz.get(0).longValue()).isEqualTo(count("""
				SELECT count(*) FROM review_flag f JOIN mesa m ON m.code = f.mesa_code
				WHERE f.rule = 'HIGH_NULL' AND m.country_id = 32 AND m.region_id = 2"""));
		String etag = result.getResponse().getHeader("ETag");
		assertThat(etag).isNotNull();
		assertThat(this.mvc.get().uri("/api/review").header("If-None-Match", etag)).hasStatus(304);
	}

	@Test
	void theCsvHasOneRowPerMesaAndRuleWithTheNumbersThatTriggeredIt() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/review/flags.csv").exchange();
		assertThat(result).hasStatusOk();
		List<CsvRecord> rows = new ArrayList<>();
		try (Reader reader = new StringReader(body(result));
				CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
			csv.forEach(rows::add);
		}
		assertThat(rows.get(0).getFields()).startsWith("CODIGO_MESA", "RULE");
		assertThat(rows).hasSize((int) count("SELECT count(*) FROM review_flag") + 1);
		CsvRecord onePartyRow = rows.stream().filter((row) -> row.getField(1).equals("ONE_PARTY")).findFirst().orElseThrow();
		int votes = Integer.parseInt(onePartyRow.getField(10));
		int valid = Integer.parseInt(onePartyRow.getField(11));
		assertThat(votes * 100L).isGreaterThanOrEqualTo(99L * valid);
		assertThat(rows).allSatisfy((row) -> assertThat(row.getFields())
			.allSatisfy((cell) -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")));
		String filtered = body(this.mvc.get().uri("/api/review/flags.csv?rule=HIGH_NULL&department=2").exchange());
		assertThat(filtered.lines().skip(1)).isNotEmpty().allSatisfy((line) -> assertThat(line).contains(",HIGH_NULL,32,"));
	}

	@Test
	void theCompositionGroupsAddUpToTheNationalCountAndExpectTheReferenceStations() {
		Composition composition = this.compositions.president();
		Map<String, Object> national = this.jdbc.sql("""
				SELECT mesas, registered, votes[3] AS mas, votes[7] AS cc FROM area_total
				WHERE ballot = 'PRESIDENT' AND level = 'NATIONAL'""").query().singleRow();
		assertThat(composition.groups().stream().mapToLong(Composition.Group::counted).sum())
			.isEqualTo(((Number) national.get("mesas")).longValue());
		assertThat(composition.groups().stream().mapToLong(Composition.Group::registeredCounted).sum())
			.isEqualTo(((Number) national.get("registered")).longValue());
		assertThat(partyVotes(composition, "MAS_IPSP")).isEqualTo(((Number) national.get("mas")).longValue());
		assertThat(partyVotes(composition, "CC")).isEqualTo(((Number) national.get("cc")).longValue());
		assertThat(composition.groups().stream().mapToLong(Composition.Group::expected).sum()).isEqualTo(35_600);
		assertThat(composition.groups().stream().mapToLong(Composition.Group::registeredExpected).sum())
			.isEqualTo(7_332_925);
		for (Composition.Group group : composition.groups()) {
			if (group.areaType() == AreaType.UNLISTED) {
				assertThat(group.expected()).isZero();
				continue;
			}
			assertThat(group.expected()).as(group.areaType().code())
				.isEqualTo(count("SELECT sum(mesas) FROM polling_station WHERE area_type = '" + group.areaType().code() + "'"));
			assertThat(group.counted()).as(group.areaType().code()).isEqualTo(count("""
					SELECT count(*) FROM tally t JOIN mesa m ON m.code = t.mesa_code
					JOIN polling_station p ON p.locality_id = m.locality_id AND p.station_id = m.station_id
					WHERE t.ballot = 'PRESIDENT' AND t.status = 'CURRENT' AND p.area_type = '""" + group.areaType().code() + "'"));
		}
		String json = body(this.mvc.get().uri("/api/results/president/composition").exchange());
		List<Number> counted = JsonPath.read(json, "$.groups[*].counted");
		assertThat(counted.stream().mapToLong(Number::longValue).sum()).isEqualTo(((Number) national.get("mesas")).longValue());
		assertThat(JsonPath.<List<String>>read(json, "$.groups[*].areaType")).contains("metropol", "ruralaislado", "exterior");
		assertThat(body(this.mvc.get().uri("/").exchange())).contains("De qué está hecho el conteo", "Rural aislada");
	}

	@Test
	void theReviewPageFiltersAndPagesAndNeverSaysFraud() {
		String page = body(this.mvc.get().uri("/review").exchange());
		assertThat(page).contains("Actas para mirar de nuevo", "no dice que algo esté mal", "Participación total");
		assertThat(page.toLowerCase()).doesNotContain("fraud");
		String english = body(this.mvc.get().uri("/review?lang=en").exchange());
		assertThat(english).contains("Actas that need a look", "does not say that anything is wrong");
		assertThat(english.toLowerCase()).doesNotContain("fraud");
		String filtered = body(this.mvc.get().uri("/review?rule=HIGH_NULL&department=2").exchange());
		long expected = count("""
				SELECT count(*) FROM review_flag f JOIN mesa m ON m.code = f.mesa_code
				WHERE f.rule = 'HIGH_NULL' AND m.country_id = 32 AND m.region_id = 2""");
		assertThat(filtered).contains("señales").contains("name=\"municipality\"");
		assertThat(rowsIn(filtered)).isEqualTo((int) Math.min(expected, ReviewService.PAGE_SIZE));
		long all = count("SELECT count(*) FROM review_flag");
		if (all > ReviewService.PAGE_SIZE) {
			String second = body(this.mvc.get().uri("/review?page=2").exchange());
			assertThat(second).contains("Página 2 de " + ((all + ReviewService.PAGE_SIZE - 1) / ReviewService.PAGE_SIZE));
		}
	}

	@Test
	void aMesaFlaggedByAStationRuleShowsTheStationSideBySide() {
		int code = this.jdbc.sql("SELECT min(mesa_code) FROM review_flag WHERE rule = 'SHARE_OUT_OF_LINE'")
			.query(Integer.class)
			.single();
		String page = body(this.mvc.get().uri("/mesas/" + code).exchange());
		assertThat(page).contains("Para mirar de nuevo", "Voto distinto al del recinto",
				"Las mesas de este recinto, lado a lado", "esta mesa");
		long stationMesas = count("""
				SELECT count(*) FROM mesa m JOIN mesa x ON x.locality_id = m.locality_id AND x.station_id = m.station_id
				JOIN tally t ON t.mesa_code = x.code AND t.ballot = 'PRESIDENT' AND t.status = 'CURRENT'
				WHERE m.code = """ + code);
		assertThat(page.split("<table class=\"station-mesas\">")[1].split("</table>")[0].split("<tr").length - 2)
			.isEqualTo((int) stationMesas);
	}

	private static int rowsIn(String page) {
		String[] parts = page.split("<table class=\"flags\">");
		if (parts.length < 2) {
			return 0;
		}
		// the header row, then one row per flag
		return parts[1].split("</tbody>")[0].split("<tr").length - 2;
	}

	private static long partyVotes(Composition composition, String party) {
		return composition.groups()
			.stream()
			.flatMap((group) -> group.parties().stream())
			.filter((share) -> share.party().equals(party))
			.mapToLong(Composition.PartyShare::votes)
			.sum();
	}

	private long count(String sql) {
		Number value = this.jdbc.sql(sql).query(Number.class).single();
		return (value != null) ? value.longValue() : 0;
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
