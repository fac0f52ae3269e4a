package org.electionresults.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI description ({@code /v3/api-docs}) of the public API. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "election-results public API",
		description = "Official results of Bolivia's general election of 18 October 2020: results, seats, CSV, "
				+ "hash-chained publications with per-mesa files, notices. Read-only, no authentication. "
				+ "Formats: docs/api.md and docs/open-data.md.",
		version = "1"))
class ApiDocumentation {

}
