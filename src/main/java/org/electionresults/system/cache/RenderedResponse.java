package org.electionresults.system.cache;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A response being rendered for the cache: its body is kept, and so is the locale the application
 * gave it, which the servlet container writes as {@code Content-Language} without listing it among
 * the headers.
 */
final class RenderedResponse extends ContentCachingResponseWrapper {

	private @Nullable Locale locale;

	RenderedResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void setLocale(Locale locale) {
		super.setLocale(locale);
		this.locale = locale;
	}

	@Nullable Locale locale() {
		return this.locale;
	}

}
