package org.electionresults.admin;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;

import org.electionresults.ingest.ProblemMessages;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' upload form, upload history and per-upload report. */
@Controller
class UploadController {

	static final String LIST_VIEW = "ingest/uploads";

	static final String REPORT_VIEW = "ingest/upload";

	private final UploadService uploads;

	private final ProblemMessages problems;

	UploadController(UploadService uploads, ProblemMessages problems) {
		this.uploads = uploads;
		this.problems = problems;
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
		UploadReport report = ReceivedFile.ingest(this.uploads, form.file(), form.isSnapshot(), principal.getName());
		redirect.addFlashAttribute("justUploaded", true);
		return "redirect:/admin/uploads/" + report.id();
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
