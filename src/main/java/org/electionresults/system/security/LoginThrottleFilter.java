package org.electionresults.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts, by form or by HTTP Basic, from an address that failed too often:
 * {@code 429 Too Many Requests} before any password is checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isSignInAttempt(request) && this.throttle.blocked(request.getRemoteAddr())) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(this.throttle.block().toSeconds()));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isSignInAttempt(HttpServletRequest request) {
		boolean formLogin = "POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/login");
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return formLogin || (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6));
	}

}
