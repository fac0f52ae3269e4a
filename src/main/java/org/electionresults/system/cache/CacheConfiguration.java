package org.electionresults.system.cache;

import org.electionresults.results.CountStatusService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The in-memory page cache, in front of Spring Security so that a hit costs only a lookup. On by
 * default; {@code elections.cache.enabled=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "elections.cache.enabled", matchIfMissing = true)
class CacheConfiguration {

	@Bean
	DataVersionTracker dataVersionTracker(CountStatusService counts) {
		return new DataVersionTracker(counts);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(DataVersionTracker versions,
			PlatformTransactionManager transactionManager,
			@Value("${elections.cache.max-bytes:67108864}") long maxBytes) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(versions, transactionManager, maxBytes));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
