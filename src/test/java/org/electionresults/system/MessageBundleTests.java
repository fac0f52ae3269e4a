package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible text is in both languages: the bundles have the same keys, and every key a
 * template uses exists.
 */
class MessageBundleTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");

	@Test
	void spanishAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> spanish = load("messages/messages.properties").stringPropertyNames();
		Set<String> english = load("messages/messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(spanish);
		assertThat(new TreeSet<>(spanish)).as("keys missing in Spanish").containsAll(english);
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages/messages.properties", "messages/messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> keys = load("messages/messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).as("keys used in templates").containsAll(used);
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
