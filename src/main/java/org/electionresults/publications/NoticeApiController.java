package org.electionresults.publications;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices for automation (HTTP Basic, like the upload API): {@code POST /api/admin/notices} with
 * {@code {"textEs": "…", "textEn": "…"}}, {@code POST /api/admin/notices/{id}/end}.
 */
@RestController
@Hidden
class NoticeApiController {

	private final NoticeService notices;

	NoticeApiController(NoticeService notices) {
		this.notices = notices;
	}

	@GetMapping("/api/admin/notices")
	List<NoticeJson> notices() {
		return this.notices.all().stream().map(NoticeJson::of).toList();
	}

	@PostMapping("/api/admin/notices")
	ResponseEntity<?> post(@RequestBody NoticeForm form, Principal principal) {
		if (!form.valid()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"textEs is required; each text at most " + NoticeService.MAX_LENGTH + " characters");
			return ResponseEntity.badRequest().body(problem);
		}
		Notice notice = this.notices.post(form.textEs(), form.textEn(), principal.getName());
		return ResponseEntity.created(URI.create("/api/admin/notices/" + notice.id())).body(NoticeJson.of(notice));
	}

	@GetMapping("/api/admin/notices/{id}")
	NoticeJson notice(@PathVariable long id) {
		return NoticeJson.of(this.notices.find(id));
	}

	@PostMapping("/api/admin/notices/{id}/end")
	NoticeJson end(@PathVariable long id, Principal principal) {
		return NoticeJson.of(this.notices.end(id, principal.getName()));
	}

}
