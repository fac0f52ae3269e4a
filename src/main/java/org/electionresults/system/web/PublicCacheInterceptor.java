package org.electionresults.system.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.system.DataVersion;
import org.electionresults.system.DataVersionSource;
import org.electionresults.system.SnapshotReader;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * HTTP caching of the public pages and API. Everything they show changes only when an upload
 * commits, so the data version is the validator: a conditional request is answered 304 before any
 * result is computed, and a short shared max-age with stale-while-revalidate lets a CDN absorb the
 * election-night peak. Pages seen by a signed-in administrator are never shared.
 */
class PublicCacheInterceptor implements HandlerInterceptor {

	static final String PUBLIC_CACHE_CONTROL = "public, max-age=5, stale-while-revalidate=30";

	private final DataVersionSource counts;

	PublicCacheInterceptor(DataVersionSource counts) {
		this.counts = counts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		if (signedIn()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			return true;
		}
		DataVersion count = this.counts.current();
		Locale locale = RequestContextUtils.getLocale(request);
		String etag = SnapshotReader.etag(count, locale);
		long lastModified = (count.updatedAt() != null) ? count.updatedAt().toEpochMilli() : -1;
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
		return !new ServletWebRequest(request, response).checkNotModified(etag, lastModified);
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
