package org.electionresults.publications;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public Publications page: the chain, the notices, and how to verify them. */
@Controller
class PublicationsController {

	static final String VIEW = "publications/publications";

	private final PublicationService publications;

	private final NoticeService notices;

	private final SnapshotReader reads;

	PublicationsController(PublicationService publications, NoticeService notices, SnapshotReader reads) {
		this.publications = publications;
		this.notices = notices;
		this.reads = reads;
	}

	@GetMapping("/publications")
	String publications(Model model) {
		model.addAttribute("page",
				this.reads.read(() -> new PublicationsPage(this.publications.chain(), this.notices.all())));
		model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		return VIEW;
	}

}
