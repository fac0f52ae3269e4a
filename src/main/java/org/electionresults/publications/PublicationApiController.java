package org.electionresults.publications;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.electionresults.system.SnapshotReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The publication chain and the notices as JSON. */
@RestController
@Tag(name = "Publications")
class PublicationApiController {

	private final PublicationService publications;

	private final NoticeService notices;

	private final SnapshotReader reads;

	PublicationApiController(PublicationService publications, NoticeService notices, SnapshotReader reads) {
		this.publications = publications;
		this.notices = notices;
		this.reads = reads;
	}

	@GetMapping("/api/publications")
	@Operation(summary = "Every publication, newest first",
			description = "Number, time, manifest SHA-256 and the previous one (the chain), actas per file and what "
					+ "the upload changed.")
	List<PublicationJson> publications() {
		return this.reads.read(() -> this.publications.chain().stream().map(PublicationJson::of).toList());
	}

	@GetMapping("/api/notices")
	@Operation(summary = "Every notice of the administrators, newest first",
			description = "Active and ended; notices are never deleted.")
	List<NoticeJson> notices() {
		return this.reads.read(() -> this.notices.all().stream().map(NoticeJson::of).toList());
	}

}
