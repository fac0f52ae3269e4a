package org.electionresults;

import java.nio.file.Path;

/**
 * The real partial export of the count of 19 October 2020 (public data), which the {@code demo}
 * profile loads and tests that need real figures upload.
 */
public final class RealSample {

	public static final Path PARTIAL_EXPORT = Path.of("src/main/resources/demo/oep-export-2020-10-19-partial.csv");

	private RealSample() {
	}

}
