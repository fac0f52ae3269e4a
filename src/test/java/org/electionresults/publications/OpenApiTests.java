package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /v3/api-docs} describes every public endpoint, with parameters and response schemas. */
@IntegrationTest
class OpenApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyPublicEndpointIsDescribedAndNoAdminOne() throws Exception {
		String body = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		JsonNode api = JsonMapper.builder().build().readTree(body);
		assertThat(api.get("openapi").asString()).startsWith("3.");
		JsonNode paths = api.get("paths");
		assertThat(paths.propertyNames()).contains("/api/results/president", "/api/results/deputies-uninominal",
				"/api/results/deputies-special", "/api/seats/senate", "/api/seats/deputies", "/api/results/{ballot}.csv",
				"/api/publications", "/api/notices", "/data/publications/{number}/manifest.json",
				"/data/publications/{number}/{file}", "/publications.atom");
		assertThat(paths.propertyNames()).noneMatch((path) -> path.startsWith("/api/admin") || path.startsWith("/admin"));
		for (String path : paths.propertyNames()) {
			JsonNode get = paths.get(path).get("get");
			assertThat(get).as(path).isNotNull();
			JsonNode ok = get.get("responses").get("200");
			assertThat(ok).as("200 of %s", path).isNotNull();
			assertThat(ok.get("content")).as("content of %s", path).isNotNull();
			ok.get("content").forEach((media) -> assertThat(media.get("schema")).as("schema of %s", path).isNotNull());
		}
		assertThat(paths.get("/api/results/president").get("get").get("parameters").toString()).contains("department",
				"municipality", "mesa");
		assertThat(api.get("components").get("schemas").propertyNames()).contains("ResultJson", "SeatsJson",
				"PublicationJson", "NoticeJson");
	}

	@Test
	void theSwaggerUiPageIsServed() {
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk().bodyText().contains("swagger-ui");
	}

}
