package org.electionresults.admin;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.electionresults.ingest.ProblemMessages;
import org.electionresults.ingest.RevertRefusedException;
import org.electionresults.ingest.UploadProgress;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads for automation: {@code POST /api/admin/uploads} with a multipart part {@code file}, an
 * optional {@code snapshot=true} and {@code dryRun=true}: 201 committed, 200 duplicate or checked
 * (dry run), 422 rejected. With {@code Prefer: respond-async} the answer is a 202 at once, and
 * {@code GET /api/admin/uploads/{id}} follows the stages until the report is there.
 * {@code POST /api/admin/uploads/{id}/revert}: 201 with the revert's report, 409 when refused.
 */
@RestController
@RequestMapping("/api/admin/uploads")
class UploadApiController {

	private final UploadService uploads;

	private final UploadProgress progress;

	private final BackgroundUploads background;

	private final ProblemMessages problems;

	private final MessageSource messages;

	UploadApiController(UploadService uploads, UploadProgress progress, BackgroundUploads background,
			ProblemMessages problems, MessageSource messages) {
		this.uploads = uploads;
		this.progress = progress;
		this.background = background;
		this.problems = problems;
		this.messages = messages;
	}

	@PostMapping
	ResponseEntity<UploadResponse> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean snapshot,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = "Prefer", required = false) String prefer, Principal principal, Locale locale)
			throws IOException {
		if (RespondAsync.requested(prefer)) {
			long id = ReceivedFile.start(this.uploads, this.background, file, snapshot, dryRun, principal.getName());
			UploadProgress.Progress running = this.progress.find(id).orElseThrow();
			return ResponseEntity.accepted()
				.location(URI.create("/api/admin/uploads/" + id))
				.header("Preference-Applied", "respond-async")
				.body(UploadResponse.running(running));
		}
		UploadReport report = ReceivedFile.ingest(this.uploads, file, snapshot, dryRun, principal.getName());
		HttpStatus status = switch (report.status()) {
			case COMMITTED -> HttpStatus.CREATED;
			case DUPLICATE, CHECKED, RUNNING -> HttpStatus.OK;
			case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return ResponseEntity.status(status)
			.header("Location", "/api/admin/uploads/" + report.id())
			.body(UploadResponse.of(report, this.problems, locale, this.progress.find(report.id()).orElse(null)));
	}

	@GetMapping
	List<UploadResponse> history(Locale locale) {
		return this.uploads.history().stream().map((report) -> UploadResponse.of(report, this.problems, locale)).toList();
	}

	/** An upload's report, or while it runs its stages (status {@code RUNNING}). */
	@GetMapping("/{id}")
	UploadResponse upload(@PathVariable long id, Locale locale) {
		UploadProgress.Progress running = this.progress.find(id).orElse(null);
		if (running != null && !running.finished()) {
			return UploadResponse.running(running);
		}
		UploadReport report = this.uploads.find(id).orElse(null);
		if (report == null) {
			if (running != null) {
				// Finished without a record: it failed on an unexpected error and changed nothing.
				return UploadResponse.running(running);
			}
			throw new UploadNotFoundException(id);
		}
		return UploadResponse.of(report, this.problems, locale, running);
	}

	@PostMapping("/{id}/revert")
	ResponseEntity<UploadResponse> revert(@PathVariable long id, Principal principal, Locale locale) {
		this.uploads.find(id).orElseThrow(() -> new UploadNotFoundException(id));
		UploadReport report = this.uploads.revert(id, principal.getName());
		return ResponseEntity.created(URI.create("/api/admin/uploads/" + report.id()))
			.body(UploadResponse.of(report, this.problems, locale, this.progress.find(report.id()).orElse(null)));
	}

	@ExceptionHandler(RevertRefusedException.class)
	ProblemDetail revertRefused(RevertRefusedException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, this.messages
			.getMessage("upload.revert.refused." + ex.reason().name(), ex.messageArguments(), locale));
		problem.setTitle(this.messages.getMessage("upload.revert.refused", null, locale));
		problem.setProperty("reason", ex.reason().name());
		problem.setProperty("upload", ex.uploadId());
		problem.setProperty("laterUploads", ex.laterUploads());
		problem.setProperty("mesas", ex.mesas());
		return problem;
	}

}
