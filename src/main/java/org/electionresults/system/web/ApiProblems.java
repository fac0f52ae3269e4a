package org.electionresults.system.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors of the API as RFC 9457 problem details ({@code application/problem+json}): a title and a
 * detail in the caller's language from the message bundles ({@code error.<status>.title/text}),
 * the request path as {@code instance}. Used by {@link ErrorAdvice} for errors inside Spring MVC
 * and written directly by the security filters (401, 403, 429, 503) that answer before it.
 */
@Component
public class ApiProblems {

	private static final String API = "/api/";

	private final MessageSource messages;

	private final JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter();

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether a request is an API call, answered with problem details rather than an error page. */
	public static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + API);
	}

	public ProblemDetail of(HttpStatusCode status, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		String key = "error." + status.value();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key + ".text",
						null, this.messages.getMessage("error.generic.text", null, locale), locale));
		problem.setTitle(this.messages.getMessage(key + ".title", null,
				this.messages.getMessage("error.generic.title", null, locale), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	/** Writes a problem as the whole response, for the filters that answer before Spring MVC. */
	public void write(HttpStatusCode status, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.json.write(of(status, request), MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
	}

}
