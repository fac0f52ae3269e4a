package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem has a message in Spanish and English, with exactly the arguments it is
 * reported with.
 */
class IngestMessagesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Set<ProblemCode> WHOLE_FILE = EnumSet.of(ProblemCode.EMPTY_FILE,
			ProblemCode.NOT_A_TALLY_FILE, ProblemCode.UNSUPPORTED_SPREADSHEET, ProblemCode.UNSUPPORTED_ENCODING,
			ProblemCode.UNREADABLE_SPREADSHEET, ProblemCode.NO_ROWS, ProblemCode.SHEET_IGNORED);

	@ParameterizedTest
	@ValueSource(strings = { "messages/messages.properties", "messages/messages_en.properties" })
	void hasAMessageForEveryProblemAndNothingElse(String resource) throws IOException {
		Properties messages = load(resource);
		Set<String> keys = Arrays.stream(ProblemCode.values()).map(ProblemCode::key).collect(Collectors.toSet());
		Set<String> problemKeys = messages.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("ingest.error.") || key.startsWith("ingest.warning."))
			.collect(Collectors.toSet());
		// The SQL checks of the staging table report four problems of their own.
		keys.addAll(Set.of("ingest.error.duplicate-tally", "ingest.error.mesa-moved", "ingest.error.mesa-places-differ",
				"ingest.error.station-places-differ"));
		assertThat(problemKeys).containsExactlyInAnyOrderElementsOf(keys);
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages/messages.properties", "messages/messages_en.properties" })
	void usesExactlyTheArgumentsOfEachProblem(String resource) throws IOException {
		Properties messages = load(resource);
		for (ProblemCode code : ProblemCode.values()) {
			String message = messages.getProperty(code.key());
			Matcher placeholders = PLACEHOLDER.matcher(message);
			Set<Integer> used = placeholders.results()
				.map((match) -> Integer.parseInt(match.group(1)))
				.collect(Collectors.toSet());
			Set<Integer> expected = IntStream.range(0, code.arity())
				.boxed()
				.collect(Collectors.toSet());
			assertThat(used).as(code.key()).isEqualTo(expected);
			// An apostrophe would be swallowed by MessageFormat in messages with arguments.
			assertThat(message).as(code.key()).doesNotContain("'");
			Object[] args = IntStream.range(0, code.arity()).mapToObj((i) -> (Object) (i + 1)).toArray();
			assertThat(new MessageFormat(message, Locale.ROOT).format(args)).doesNotContain("{");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages/messages.properties", "messages/messages_en.properties" })
	void wholeFileMessagesAreSentencesAndLineMessagesFollowALocation(String resource) throws IOException {
		Properties messages = load(resource);
		for (ProblemCode code : ProblemCode.values()) {
			char first = messages.getProperty(code.key()).charAt(0);
			if (WHOLE_FILE.contains(code)) {
				assertThat(Character.isUpperCase(first)).as(code.key()).isTrue();
			}
			else {
				assertThat(Character.isLowerCase(first) || first == '{' || first == '«' || first == '"'
						|| messages.getProperty(code.key()).startsWith("VOTO_")).as(code.key()).isTrue();
			}
		}
	}

	@Test
	void rendersInSpanishByDefaultAndInEnglish() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		Problem problem = new Problem(17, null, "VOTO_VALIDO", "ingest.error.sum-mismatch", List.of(140L, 141));
		assertThat(source.getMessage(problem.code(), problem.args().toArray(), Locale.forLanguageTag("es")))
			.isEqualTo("los votos de los partidos suman 140 pero VOTO_VALIDO es 141.");
		assertThat(source.getMessage(problem.code(), problem.args().toArray(), Locale.ENGLISH))
			.isEqualTo("the party votes add up to 140 but VOTO_VALIDO is 141.");
		assertThat(source.getMessage("ingest.error.uninominal-outside-department",
				new Object[] { 20, "Chuquisaca", 1, 5 }, Locale.forLanguageTag("es")))
			.isEqualTo("la circunscripción uninominal 20 no es de Chuquisaca, que tiene las circunscripciones 1 a 5.");
	}

	@Test
	void lineNumbersAndMesaCodesAreWrittenAsInTheFileNotAsQuantities() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		ProblemMessages messages = new ProblemMessages(source);
		Problem duplicate = new Problem(12045, null, "CODIGO_MESA", "ingest.error.duplicate-tally",
				List.of(10002, "PRESIDENTE", 1163));
		assertThat(messages.describe(duplicate, Locale.forLanguageTag("es"))).isEqualTo(
				"Línea 12045, columna CODIGO_MESA: la mesa 10002 ya aparece con la candidatura PRESIDENTE en la "
						+ "línea 1163; cada mesa y candidatura debe aparecer una sola vez.");
		assertThat(messages.describe(duplicate, Locale.ENGLISH))
			.startsWith("Line 12045, column CODIGO_MESA: mesa 10002 ")
			.contains("on line 1163;");
		Problem moved = new Problem(2000, null, null, "ingest.error.mesa-places-differ", List.of(70001, 1999));
		assertThat(messages.describe(moved, Locale.forLanguageTag("es")))
			.startsWith("Línea 2000: la mesa 70001 está aquí en otro lugar que en la línea 1999;");
	}

	private Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
