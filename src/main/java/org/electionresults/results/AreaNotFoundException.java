package org.electionresults.results;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An area or mesa with no counted acta, or that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AreaNotFoundException extends RuntimeException {

	public AreaNotFoundException(String what) {
		super("Nothing counted for " + what);
	}

}
