package org.electionresults.system.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * HTTP Basic for the admin API, except that when the credentials cannot be checked at all (the
 * database is down) the answer is 503, not a misleading 401.
 */
final class UnavailableAwareEntryPoint implements AuthenticationEntryPoint {

	private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

	UnavailableAwareEntryPoint() {
		this.basic.setRealmName("election-results");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof InternalAuthenticationServiceException) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"status\":503,\"error\":\"Service unavailable\"}");
			return;
		}
		this.basic.commence(request, response, authException);
	}

}
