package org.electionresults.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The file name kept for an upload is the client's text made safe to store and show. */
class UploadAttemptTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			export.csv                          | export.csv
			C:\\Users\\ana\\Desktop\\export.csv | export.csv
			../../etc/export.csv                | export.csv
			'a\u0000b.csv'                      | a_b.csv
			'tab\there.csv'                     | tab_here.csv
			''                                  | upload
			dir/                                | upload
			""")
	void keepsTheBaseNameWithoutControlCharacters(String sent, String kept) {
		assertThat(UploadAttempt.name(sent)).isEqualTo(kept);
	}

	@Test
	void capsTheLengthAndNamesANamelessFile() {
		assertThat(UploadAttempt.name("x".repeat(300))).hasSize(255);
		assertThat(UploadAttempt.name(null)).isEqualTo("upload");
	}

}
