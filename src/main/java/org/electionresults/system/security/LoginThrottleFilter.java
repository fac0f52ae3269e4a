package org.electionresults.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.electionresults.system.web.ApiProblems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts, by form or by HTTP Basic, from an address that failed too often:
 * {@code 429 Too Many Requests} before any password is checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final ApiProblems problems;

	LoginThrottleFilter(LoginThrottle throttle, ApiProblems problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isSignInAttempt(request) && this.throttle.blocked(request.getRemoteAddr())) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(this.throttle.block().toSeconds()));
			if (ApiProblems.isApi(request)) {
				this.problems.write(HttpStatus.TOO_MANY_REQUESTS, request, response);
			}
			else {
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			}
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
