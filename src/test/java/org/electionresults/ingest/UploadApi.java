package org.electionresults.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Sends files to the upload API as the administrator of the tests, and reads its answers. */
final class UploadApi {

	private final MockMvcTester mvc;

	private final JsonMapper json;

	UploadApi(MockMvcTester mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	Sent send(String fileName, byte[] content, boolean snapshot) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("snapshot", String.valueOf(snapshot))
			.with(httpBasic("admin", "test-admin-password"))
			.exchange();
		if (result.getUnresolvedException() != null) {
			// What a servlet container would turn into a 500.
			return new Sent(500, null, String.valueOf(result.getUnresolvedException()));
		}
		int status = result.getResponse().getStatus();
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		boolean upload = status == 200 || status == 201 || status == 422;
		return new Sent(status, upload ? this.json.readValue(body, Answer.class) : null, body);
	}

	/**
	 * What the API answered.
	 *
	 * @param status the HTTP status
	 * @param answer the upload, for 200, 201 and 422
	 * @param body the response body, or the exception that escaped
	 */
	record Sent(int status, @Nullable Answer answer, String body) {

	}

	/** The upload as the API shows it: what the tests look at. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(long id, String status, int rows, int inserted, int corrected, int unchanged, int withdrawn,
			int errorCount, List<ProblemAnswer> errors, int warningCount, List<ProblemAnswer> warnings) {

	}

	/** One problem as the API shows it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProblemAnswer(int line, @Nullable String sheet, @Nullable String column, String code, String message) {

	}

}
