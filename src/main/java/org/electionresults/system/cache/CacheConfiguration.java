package org.electionresults.system.cache;

import java.util.List;

import org.electionresults.system.DataVersionSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The in-memory page cache, in front of every other filter so that a hit costs only a lookup. On by
 * default; {@code elections.cache.enabled=false} turns it off. The hot pages
 * ({@code elections.cache.hot-pages}) are rendered as soon as a new data version is seen.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "elections.cache.enabled", matchIfMissing = true)
class CacheConfiguration {

	@Bean
	HotPages hotPages(@Value("${elections.cache.hot-pages:/,/chambers/senate,/chambers/deputies,"
			+ "/api/results/president,/api/seats/senate,/api/seats/deputies}") List<String> paths) {
		return new HotPages(paths);
	}

	@Bean
	DataVersionTracker dataVersionTracker(DataVersionSource counts, HotPages hotPages) {
		return new DataVersionTracker(counts, hotPages::render);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(DataVersionTracker versions,
			@Value("${elections.cache.max-bytes:67108864}") long maxBytes) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(versions, maxBytes));
		// First of all filters: a hit skips even request metrics and security; a miss renders through the whole chain.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
