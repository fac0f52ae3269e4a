package org.electionresults.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UploadNotFoundException extends RuntimeException {

	UploadNotFoundException(long id) {
		super("No upload " + id);
	}

}
