package org.electionresults.system.security;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Reads the CSRF token of a multipart upload from the query string, never from the body. Reading a
 * body parameter would make the container parse the whole upload inside the security filter, where
 * an over-size file can only end in the container's bare error page; this way the size limit is met
 * in Spring MVC and answered with the application's 413 page. The token stays masked (BREACH).
 */
final class MultipartCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		return this.delegate.resolveCsrfTokenValue(isMultipart(request) ? new QueryStringOnly(request) : request,
				csrfToken);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase().startsWith("multipart/");
	}

	/** A request whose parameters are those of its query string only. */
	private static final class QueryStringOnly extends HttpServletRequestWrapper {

		QueryStringOnly(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String query = getQueryString();
			if (query == null) {
				return null;
			}
			String value = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(name);
			return (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : null;
		}

	}

}
