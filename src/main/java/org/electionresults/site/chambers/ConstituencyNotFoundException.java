package org.electionresults.site.chambers;

import org.electionresults.election.Ballot;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No constituency of that kind has this number. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ConstituencyNotFoundException extends RuntimeException {

	ConstituencyNotFoundException(Ballot ballot, int number) {
		super("No " + ballot + " constituency " + number);
	}

}
