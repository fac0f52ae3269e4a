package org.electionresults.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderNameTests {

	@ParameterizedTest
	@ValueSource(strings = { "CODIGO_MESA", "Codigo Mesa", "código_mesa", " CÓDIGO MESA ", "\uFEFFCODIGO_MESA",
			"codigo-mesa", "Co\u0301digo\u00A0Mesa" })
	void ignoresCaseAccentsSpacesAndUnderscores(String name) {
		assertThat(HeaderName.normalize(name)).isEqualTo("CODIGOMESA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CIRCUNSCRIPCIÓN_UNINOMINAL", "Circunscripcion Uninominal" })
	void normalizesAccentedNames(String name) {
		assertThat(HeaderName.normalize(name)).isEqualTo("CIRCUNSCRIPCIONUNINOMINAL");
	}

}
