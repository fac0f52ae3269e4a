package org.electionresults.system.cache;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.electionresults.system.DataVersion;
import org.electionresults.system.SnapshotReader;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves public pages and API responses from memory while the data has not changed. Everything
 * public is a function of the data version, the URL and the language, so a response rendered once
 * is reused, byte for byte and with its headers, until an upload commits; a conditional request is
 * answered 304 from the same entry. An entry is kept under the data version its body shows (the
 * {@link SnapshotReader} snapshot it was computed in), never the one this node believed current.
 *
 * <p>Only anonymous GETs without a session are cached; administrators, forms and anything that sets a
 * cookie always go through the whole application.
 */
class PageCacheFilter extends OncePerRequestFilter {

	// What a 304 carries besides the validators (RFC 9110, 15.4.5): the caching headers; the client
	// keeps the rest from the response it already has.
	private static final Set<String> NOT_MODIFIED_HEADERS = Set.of("cache-control", "expires", "vary",
			"content-location");

	private static final Set<String> VALIDATORS = Set.of("etag", "last-modified");

	private final DataVersionTracker versions;

	private final Cache<String, CachedPage> pages;

	private final ReentrantLock[] renderLocks = new ReentrantLock[64];

	PageCacheFilter(DataVersionTracker versions, long maxBytes) {
		this.versions = versions;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, CachedPage page) -> page.weight())
			.build();
		for (int i = 0; i < this.renderLocks.length; i++) {
			this.renderLocks[i] = new ReentrantLock();
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		long current = this.versions.currentVersion();
		CachedPage kept = this.pages.getIfPresent(key);
		if (kept != null && kept.dataVersion() == current) {
			serve(kept, request, response);
			return;
		}
		// After a commit every connection misses at once: one request per page renders. The others are
		// served the previous version's page, whole and with its own validators, while there is one
		// (stale-while-revalidate at the origin); without one they wait for the render (a second at
		// most, then they render too) and are served its result.
		CachedPage stale = (kept != null && current >= 0 && kept.dataVersion() < current) ? kept : null;
		ReentrantLock lock = this.renderLocks[Math.floorMod(key.hashCode(), this.renderLocks.length)];
		boolean locked = (stale != null) ? lock.tryLock() : tryLock(lock);
		if (!locked && stale != null) {
			serve(stale, request, response);
			return;
		}
		RenderedResponse rendering;
		try {
			CachedPage page = locked ? fresh(key) : null;
			if (page != null) {
				serve(page, request, response);
				return;
			}
			rendering = render(key, request, response, chain);
		}
		finally {
			if (locked) {
				lock.unlock();
			}
		}
		rendering.copyBodyToResponse();
	}

	private static boolean tryLock(ReentrantLock lock) {
		try {
			return lock.tryLock(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private CachedPage fresh(String key) {
		CachedPage page = this.pages.getIfPresent(key);
		return (page != null && page.dataVersion() == this.versions.currentVersion()) ? page : null;
	}

	private RenderedResponse render(String key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		RenderedResponse rendering = new RenderedResponse(response);
		chain.doFilter(request, rendering);
		Object version = request.getAttribute(SnapshotReader.VERSION_ATTRIBUTE);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && version instanceof DataVersion shown
				&& !rendering.containsHeader(HttpHeaders.SET_COOKIE)) {
			this.pages.put(key, CachedPage.of(shown.dataVersion(), rendering));
		}
		return rendering;
	}


	private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		// A conditional request gets the conditional logic of a render (PublicCacheInterceptor), on the
		// entry's validators: Spring's checkNotModified writes ETag and Last-Modified, and the 304
		// status when they match. Only then: it costs a plain request about 8 % of its throughput.
		boolean conditional = isConditional(request);
		boolean notModified = conditional
				&& new ServletWebRequest(request, response).checkNotModified(page.etag(), page.lastModified());
		if (!notModified && page.locale() != null) {
			// Before the headers, so that the Content-Type's charset is the one that stays.
			response.setLocale(page.locale());
		}
		for (Map.Entry<String, String> header : page.headers()) {
			if (replays(header.getKey().toLowerCase(Locale.ROOT), conditional, notModified)) {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		if (notModified) {
			return;
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/** Whether a stored header is written again: checkNotModified has written the validators itself. */
	private static boolean replays(String name, boolean conditional, boolean notModified) {
		if (conditional && VALIDATORS.contains(name)) {
			return false;
		}
		return !notModified || NOT_MODIFIED_HEADERS.contains(name);
	}

	private static boolean isConditional(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
				|| request.getHeader(HttpHeaders.IF_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
	}

	private static boolean cacheable(HttpServletRequest request) {
		// Parameters are parsed only when there is a query string: most requests have none.
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getRequestedSessionId() != null
				|| (request.getQueryString() != null && request.getParameter(PageCache.LANGUAGE) != null)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : PageCache.PRIVATE_PATHS) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		for (String prefix : PageCache.SELF_VALIDATED_PATHS) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	private static String key(HttpServletRequest request) {
		String language = "";
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (PageCache.LANGUAGE.equals(cookie.getName())) {
					language = cookie.getValue();
				}
			}
		}
		String query = request.getQueryString();
		// Pages are in the language of the cookie or Spanish (WebConfiguration): Accept-Language
		// chooses only an API answer's, so a page is kept once for all browsers.
		String accept = request.getRequestURI().startsWith("/api/") ? request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)
				: null;
		return request.getRequestURI() + ((query != null) ? "?" + query : "") + "|" + language + "|"
				+ ((accept != null) ? accept : "");
	}

}
