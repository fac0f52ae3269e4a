package org.electionresults.publications;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such publication, or no such file in it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PublicationNotFoundException extends RuntimeException {

	public PublicationNotFoundException(String what) {
		super("No publication " + what);
	}

}
