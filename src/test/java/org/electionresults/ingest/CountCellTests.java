package org.electionresults.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountCellTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			0            | 0
			7            | 7
			'  220  '    | 220
			1001.0       | 1001
			1001.00      | 1001
			1001.000     | 1001
			1001.        | 1001
			0.000        | 0
			-0           | 0
			2147483647   | 2147483647
			0000012      | 12
			""")
	void readsCounts(String cell, long expected) {
		assertThat(CountCell.parse(cell)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			''             | -1
			'   '          | -1
			abc            | -2
			12a            | -2
			.5             | -2
			1.2.3          | -2
			1,0            | -2
			1e3            | -2
			+5             | -2
			'1 000'        | -2
			-              | -2
			12.5           | -3
			1001.01        | -3
			-3             | -4
			-3.0           | -4
			2147483648     | -5
			99999999999999999999999 | -5
			1.000          | -6
			220.000        | -6
			""")
	void rejectsWhatIsNotACount(String cell, long code) {
		assertThat(CountCell.parse(cell)).isEqualTo(code);
	}

}
