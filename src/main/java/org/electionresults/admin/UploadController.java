package org.electionresults.admin;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import org.electionresults.ingest.ProblemMessages;
import org.electionresults.ingest.RevertRefusedException;
import org.electionresults.ingest.UploadProgress;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' upload form (with "check only", and its progress for the form's script),
 * upload history, per-upload report and its revert button.
 */
@Controller
class UploadController {

	static final String LIST_VIEW = "ingest/uploads";

	static final String REPORT_VIEW = "ingest/upload";

	private final UploadService uploads;

	private final ProblemMessages problems;

	private final UploadProgress progress;

	private final BackgroundUploads background;

	private final MessageSource messages;

	UploadController(UploadService uploads, ProblemMessages problems, UploadProgress progress,
			BackgroundUploads background, MessageSource messages) {
		this.uploads = uploads;
		this.problems = problems;
		this.progress = progress;
		this.background = background;
		this.messages = messages;
	}

	@GetMapping("/admin/uploads")
	String initUploadForm(Model model) {
		model.addAttribute("uploads", this.uploads.history());
		return LIST_VIEW;
	}

	@PostMapping("/admin/uploads")
	String processUploadForm(@ModelAttribute UploadForm form, Principal principal, RedirectAttributes redirect)
			throws IOException {
		if (form.file() == null || !StringUtils.hasText(form.file().getOriginalFilename())) {
			redirect.addFlashAttribute("missingFile", true);
			return "redirect:/admin/uploads";
		}
		UploadReport report = ReceivedFile.ingest(this.uploads, form.file(), form.isSnapshot(), form.isDryRun(),
				principal.getName());
		redirect.addFlashAttribute("justUploaded", true);
		return "redirect:/admin/uploads/" + report.id();
	}

	/**
	 * The form sent by its script ({@code static/assets/js/upload-progress.js}), which shows the bytes
	 * sent and then follows the stages at {@code /admin/uploads/{id}/progress}.
	 */
	@PostMapping(path = "/admin/uploads", headers = "Prefer")
	ResponseEntity<Map<String, Object>> startUpload(@ModelAttribute UploadForm form, Principal principal,
			@RequestHeader("Prefer") String prefer, RedirectAttributes redirect) throws IOException {
		if (!RespondAsync.requested(prefer) || form.file() == null
				|| !StringUtils.hasText(form.file().getOriginalFilename())) {
			return ResponseEntity.badRequest().build();
		}
		long id = ReceivedFile.start(this.uploads, this.background, form.file(), form.isSnapshot(), form.isDryRun(),
				principal.getName());
		return ResponseEntity.accepted()
			.header("Preference-Applied", "respond-async")
			.body(Map.of("id", id, "progress", "/admin/uploads/" + id + "/progress", "report",
					"/admin/uploads/" + id));
	}

	/** The stages of a running upload, for the form's script. */
	@GetMapping("/admin/uploads/{id}/progress")
	@ResponseBody
	UploadProgress.Progress uploadProgress(@PathVariable long id) {
		return this.progress.find(id).orElseThrow(() -> new UploadNotFoundException(id));
	}

	@PostMapping("/admin/uploads/{id}/revert")
	String revertUpload(@PathVariable long id, Principal principal, RedirectAttributes redirect, Locale locale) {
		this.uploads.find(id).orElseThrow(() -> new UploadNotFoundException(id));
		try {
			UploadReport report = this.uploads.revert(id, principal.getName());
			redirect.addFlashAttribute("justUploaded", true);
			return "redirect:/admin/uploads/" + report.id();
		}
		catch (RevertRefusedException ex) {
			redirect.addFlashAttribute("revertRefused", this.messages
				.getMessage("upload.revert.refused." + ex.reason().name(), ex.messageArguments(), locale));
			return "redirect:/admin/uploads/" + id;
		}
	}

	@GetMapping("/admin/uploads/{id}")
	String showUpload(@PathVariable long id, Model model, Locale locale) {
		UploadReport report = this.uploads.find(id).orElseThrow(() -> new UploadNotFoundException(id));
		model.addAttribute("upload", report);
		model.addAttribute("errors", report.errors().stream().map((p) -> this.problems.describe(p, locale)).toList());
		model.addAttribute("warnings",
				report.warnings().stream().map((p) -> this.problems.describe(p, locale)).toList());
		model.addAttribute("corrections", this.uploads.corrections(id));
		return REPORT_VIEW;
	}

	@GetMapping("/admin/uploads/{id}/file")
	ResponseEntity<InputStreamResource> downloadFile(@PathVariable long id) {
		UploadReport report = this.uploads.find(id).orElseThrow(() -> new UploadNotFoundException(id));
		InputStream content = this.uploads.file(id).orElseThrow(() -> new UploadNotFoundException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(report.fileName()).build().toString())
			.body(new InputStreamResource(content));
	}

}
