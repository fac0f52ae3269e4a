package org.electionresults.site.candidates;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No presidential ticket has this slug. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CandidateNotFoundException extends RuntimeException {

	CandidateNotFoundException(String slug) {
		super("No candidate " + slug);
	}

}
