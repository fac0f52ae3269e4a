package org.electionresults.site.parties;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No party of the election has this code. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PartyNotFoundException extends RuntimeException {

	PartyNotFoundException(String code) {
		super("No party " + code);
	}

}
