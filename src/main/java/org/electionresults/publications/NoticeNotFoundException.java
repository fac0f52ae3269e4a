package org.electionresults.publications;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No notice has this number. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoticeNotFoundException extends RuntimeException {

	public NoticeNotFoundException(long id) {
		super("No notice " + id);
	}

}
