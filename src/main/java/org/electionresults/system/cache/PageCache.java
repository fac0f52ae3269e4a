package org.electionresults.system.cache;

import java.util.List;

/** What a handler tells the page cache about the response it renders, and what the two agree on. */
public final class PageCache {

	/**
	 * Path prefixes that are never public: administration, sign-in and out, operations and error
	 * pages. Neither cached in memory nor given public caching headers.
	 */
	public static final List<String> PRIVATE_PATHS = List.of("/admin", "/api/admin", "/login", "/logout",
			"/actuator", "/error");

	/**
	 * Path prefixes of public downloads that carry their own validators (immutable, content-addressed
	 * files) and stream: never kept in memory nor given the data version's caching headers.
	 */
	public static final List<String> SELF_VALIDATED_PATHS = List.of("/data/");

	/** The request parameter and cookie that choose a page's language: part of what a page is kept for. */
	public static final String LANGUAGE = "lang";

	private PageCache() {
	}

}
