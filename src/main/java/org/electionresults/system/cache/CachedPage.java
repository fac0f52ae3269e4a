package org.electionresults.system.cache;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A rendered public response, kept for the data version it was rendered from.
 *
 * @param dataVersion the data version of the snapshot it was rendered from
 * @param headers the response headers, security headers included
 * @param body the bytes of the body
 * @param etag the value of its {@code ETag} header, {@code null} if it has none
 * @param lastModified its {@code Last-Modified} time in epoch milliseconds, -1 if it has none
 * @param locale the locale the application gave the response ({@code Content-Language}), if any
 */
record CachedPage(long dataVersion, List<Map.Entry<String, String>> headers, byte[] body, @Nullable String etag,
		long lastModified, @Nullable Locale locale) {

	static CachedPage of(long dataVersion, RenderedResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		return new CachedPage(dataVersion, List.copyOf(headers), response.getContentAsByteArray(),
				response.getHeader(HttpHeaders.ETAG), epochMillis(response.getHeader(HttpHeaders.LAST_MODIFIED)),
				response.locale());
	}

	private static long epochMillis(@Nullable String httpDate) {
		return (httpDate != null)
				? ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli() : -1;
	}

	int weight() {
		return this.body.length + 64 * this.headers.size();
	}

}
