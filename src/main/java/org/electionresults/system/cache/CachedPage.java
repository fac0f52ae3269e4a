package org.electionresults.system.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A rendered public response, kept for the data version it was rendered from.
 *
 * @param dataVersion the data version of the snapshot it was rendered from
 * @param headers the response headers, security headers included
 * @param body the bytes of the body
 */
record CachedPage(long dataVersion, List<Map.Entry<String, String>> headers, byte[] body) {

	static CachedPage of(long dataVersion, HttpServletResponse response, byte[] body) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		return new CachedPage(dataVersion, List.copyOf(headers), body);
	}

	String header(String name) {
		return this.headers.stream()
			.filter((header) -> header.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	int weight() {
		return this.body.length + 64 * this.headers.size();
	}

}
