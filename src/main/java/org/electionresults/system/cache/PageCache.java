package org.electionresults.system.cache;

/** What a handler tells the page cache about the response it renders. */
public final class PageCache {

	/** Request attribute: the data version of the snapshot a cacheable response was rendered from. */
	public static final String DATA_VERSION_ATTRIBUTE = PageCache.class.getName() + ".dataVersion";

	private PageCache() {
	}

}
