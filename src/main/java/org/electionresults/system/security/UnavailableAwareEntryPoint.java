package org.electionresults.system.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.system.web.ApiProblems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic for the admin API, answered as a problem detail: 401 with the Basic challenge, except
 * that when the credentials cannot be checked at all (the database is down) the answer is 503, not
 * a misleading 401.
 */
final class UnavailableAwareEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "election-results";

	private final ApiProblems problems;

	UnavailableAwareEntryPoint(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof InternalAuthenticationServiceException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			this.problems.write(HttpStatus.SERVICE_UNAVAILABLE, request, response);
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
		this.problems.write(HttpStatus.UNAUTHORIZED, request, response);
	}

}
