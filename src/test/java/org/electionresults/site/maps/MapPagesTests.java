package org.electionresults.site.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.electionresults.RealSample;
import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The maps on the real partial export of 19 October 2020: every polygon of the boundary
 * data drawn under its own key, every layer, the swing computed exactly, the overview's and
 * a department's maps. Sizes over HTTP: {@code MapTransferTests}.
 */
class MapPagesTests extends CountIntegrationTest {

	private static final Path SAMPLE = RealSample.PARTIAL_EXPORT;

	@Autowired
	private MapService maps;

	@Test
	void everyMunicipalityOfTheBoundaryDataIsDrawnWithItsOwnKeyEvenBeforeTheCount() {
		List<String> keys = boundaryKeys();
		assertThat(keys).hasSize(339).doesNotHaveDuplicates();
		String page = body("/maps");
		for (String key : keys) {
			assertThat(occurrences(page, "<path id=\"m-" + key.replace(':', '-') + "\"")).as(key).isEqualTo(1);
		}
		assertThat(occurrences(page, "<path id=\"m-")).isEqualTo(339);
		assertThat(this.maps.drawnMunicipalities()).containsExactlyInAnyOrderElementsOf(keys);
		// the two municipalities created after the boundary data are listed, not dropped
		assertThat(page).contains("AIOC Raqaypampa, dentro de Mizque", "San Pedro de Macha, dentro de Colquechaca");
	}

	@Test
	void theMunicipalitiesWithoutAPolygonAreExactlyTheTwoDrawnInsideTheirParents() {
		List<String> register = this.jdbc.sql("""
				SELECT DISTINCT '32:' || region_id || ':' || province_id || ':' || section FROM polling_station
				WHERE country_id = 32""").query(String.class).list();
		List<String> withoutPolygon = new ArrayList<>(register);
		withoutPolygon.removeAll(boundaryKeys());
		assertThat(withoutPolygon).containsExactlyInAnyOrderElementsOf(MapService.DRAWN_INSIDE.keySet());
		assertThat(boundaryKeys()).containsAll(MapService.DRAWN_INSIDE.values());
	}

	@Test
	void everyLayerOnTheRealSample() {
		uploadSample();
		String leader = body("/maps");
		// La Paz (municipality) counted: linked, shaded by a leader pattern
		assertThat(leader).contains("<a href=\"/municipalities/32:2:1:1\"><path id=\"m-32-2-1-1\"")
			.containsPattern("id=\"m-32-2-1-1\" d=\"[^\"]+\" fill=\"url\\(#l\\d-\\d\\)\"")
			.contains("<pattern id=\"l1-0\"", "MAS-IPSP es primero en");
		assertThat(body("/maps?layer=share&party=CC")).contains("Porcentaje de CC");
		assertThat(body("/maps?layer=turnout")).contains("Participación");
		assertThat(body("/maps?layer=counted&lang=en")).contains("Actas counted", "of 339 areas have a value");
		assertThat(body("/maps?layer=swing&party=MAS_IPSP")).contains("Cambio de MAS-IPSP desde 2019");
		// abroad, as a list: every counted country has the layer's value
		assertThat(this.maps.maps(MapLayer.COUNTED, null).abroad()).isNotEmpty()
			.allSatisfy((country) -> assertThat(country.value()).as(country.name()).isPositive());
		assertThat(this.maps.maps(MapLayer.SWING, "CC").abroad()).allSatisfy(
				(country) -> assertThat(country.value()).as(country.name()).isNotNull());
		assertThat(this.mvc.get().uri("/maps?layer=votes")).hasStatus(404);
		assertThat(this.mvc.get().uri("/maps?layer=swing&party=CREEMOS")).hasStatus(404);
		assertThat(this.mvc.get().uri("/maps?layer=share")).hasStatus(404);
		assertThat(this.mvc.get().uri("/maps?layer=turnout&party=CC")).hasStatus(404);
	}

	@Test
	void theSwingIsThe2020ShareMinusThe2019ShareComputedExactly() {
		uploadSample();
		MapsView view = this.maps.maps(MapLayer.SWING, "CC");
		int compared = 0;
		for (MapArea area : view.map().areas()) {
			if (!area.counted()) {
				continue;
			}
			BigDecimal expected = this.jdbc.sql("""
					SELECT round(100 * (t.votes[7]::numeric / (t.votes[1] + t.votes[3] + t.votes[4] + t.votes[5] + t.votes[7])
					                    - v.votes::numeric / r.valid), 2)
					FROM area_total t
					JOIN result_2019 r ON t.area = '32:' || r.region_id || ':' || r.province_id || ':' || r.section
					JOIN result_2019_vote v ON v.result_id = r.id AND v.party = 'CC'
					WHERE t.ballot = 'PRESIDENT' AND t.level = 'MUNICIPALITY' AND t.area = ?""")
				.param(area.key())
				.query(BigDecimal.class)
				.single();
			assertThat(area.value()).as(area.name()).isEqualByComparingTo(expected);
			compared++;
		}
		// 88 of the sample's municipalities have a counted acta
		assertThat(compared).isGreaterThan(80);
	}

	@Test
	void theReviewFlagLayerIsFlaggedMesasPerThousandCounted() {
		uploadSample();
		assertThat(body("/maps?layer=flags")).contains("Señales de revisión", "\u00a0\u2030");
		MapsView view = this.maps.maps(MapLayer.FLAGS, null);
		int flaggedAreas = 0;
		for (MapArea area : view.map().areas()) {
			if (!area.counted()) {
				continue;
			}
			BigDecimal expected = this.jdbc.sql("""
					SELECT round(1000.0 * (SELECT count(DISTINCT f.mesa_code)
					                       FROM review_flag f JOIN mesa m ON m.election_id = f.election_id AND m.code = f.mesa_code
					                       WHERE concat_ws(':', m.country_id, m.region_id, m.province_id, m.section) = t.area)
					             / t.mesas, 2)
					FROM area_total t WHERE t.ballot = 'PRESIDENT' AND t.level = 'MUNICIPALITY' AND t.area = ?""")
				.param(area.key())
				.query(BigDecimal.class)
				.single();
			assertThat(area.value()).as(area.name()).isEqualByComparingTo(expected);
			if (expected.signum() > 0) {
				flaggedAreas++;
			}
		}
		assertThat(flaggedAreas).isPositive();
		assertThat(this.mvc.get().uri("/maps?layer=flags&party=CC")).hasStatus(404);
	}

	@Test
	void theOverviewShowsTheDepartmentsByLeaderEachLinkingToItsPage() {
		uploadSample();
		String page = body("/");
		for (int id = 1; id <= 9; id++) {
			assertThat(page).contains("<a href=\"/departments/" + id + "\"><path id=\"d-" + id + "\"");
		}
		assertThat(page).contains("Departamentos por partido con más votos", "class=\"map-label\"",
				"href=\"/maps\"");
	}

	@Test
	void aDepartmentShowsItsMunicipalitiesAndEveryPollingStation() {
		uploadSample();
		String page = body("/departments/2");
		long polygons = boundaryKeys().stream().filter((key) -> key.startsWith("32:2:")).count();
		assertThat(occurrences(page, "<path id=\"m-32-2-")).isEqualTo((int) polygons);
		long stations = this.jdbc.sql("SELECT count(*) FROM polling_station WHERE country_id = 32 AND region_id = 2")
			.query(Long.class)
			.single();
		assertThat(occurrences(page, "class=\"dot\"") + occurrences(page, "class=\"dot hollow\""))
			.isEqualTo((int) stations);
		assertThat(occurrences(page, "class=\"dot hollow\"")).isPositive().isLessThan((int) stations);
	}

	private void uploadSample() {
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(SAMPLE, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> boundaryKeys() {
		try (InputStream in = new ClassPathResource("geo/municipalities.geojson").getInputStream()) {
			JsonNode collection = JsonMapper.builder().build().readTree(in);
			List<String> keys = new ArrayList<>();
			for (JsonNode feature : collection.path("features")) {
				JsonNode p = feature.path("properties");
				keys.add("32:" + p.path("department").asInt() + ":" + p.path("province").asInt() + ":"
						+ p.path("section").asInt());
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int occurrences(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
