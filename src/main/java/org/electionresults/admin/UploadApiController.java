package org.electionresults.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.electionresults.ingest.ProblemMessages;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads for automation: {@code POST /api/admin/uploads} with a multipart part {@code file} and an
 * optional {@code snapshot=true}. 201 committed, 200 duplicate, 422 rejected.
 */
@RestController
@RequestMapping("/api/admin/uploads")
class UploadApiController {

	private final UploadService uploads;

	private final ProblemMessages problems;

	UploadApiController(UploadService uploads, ProblemMessages problems) {
		this.uploads = uploads;
		this.problems = problems;
	}

	@PostMapping
	ResponseEntity<UploadResponse> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean snapshot, Principal principal, Locale locale)
			throws IOException {
		UploadReport report = ReceivedFile.ingest(this.uploads, file, snapshot, principal.getName());
		HttpStatus status = switch (report.status()) {
			case COMMITTED -> HttpStatus.CREATED;
			case DUPLICATE -> HttpStatus.OK;
			case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return ResponseEntity.status(status)
			.header("Location", "/api/admin/uploads/" + report.id())
			.body(UploadResponse.of(report, this.problems, locale));
	}

	@GetMapping
	List<UploadResponse> history(Locale locale) {
		return this.uploads.history().stream().map((report) -> UploadResponse.of(report, this.problems, locale)).toList();
	}

	@GetMapping("/{id}")
	UploadResponse upload(@PathVariable long id, Locale locale) {
		return UploadResponse.of(this.uploads.find(id).orElseThrow(() -> new UploadNotFoundException(id)),
				this.problems, locale);
	}

}
