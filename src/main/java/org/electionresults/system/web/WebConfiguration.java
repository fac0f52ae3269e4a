package org.electionresults.system.web;

import java.time.Duration;
import java.util.Locale;

import org.electionresults.system.DataVersionSource;
import org.electionresults.system.cache.PageCache;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Spanish by default; {@code ?lang=en} switches to English and a cookie remembers the choice.
 * Public pages carry HTTP caching headers keyed on the data version.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final DataVersionSource counts;

	WebConfiguration(DataVersionSource counts) {
		this.counts = counts;
	}

	static final Locale SPANISH = Locale.forLanguageTag("es");

	static final Locale ENGLISH = Locale.forLanguageTag("en");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(PageCache.LANGUAGE);
		resolver.setDefaultLocale(SPANISH);
		// Pages are Spanish until the reader picks English; API clients may ask with Accept-Language.
		resolver.setDefaultLocaleFunction((request) -> (request.getRequestURI().startsWith("/api/")
				&& request.getHeader("Accept-Language") != null
				&& ENGLISH.getLanguage().equals(request.getLocale().getLanguage())) ? ENGLISH : SPANISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(PageCache.LANGUAGE);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		// After the locale change, so that the ETag names the language the page is in.
		registry.addInterceptor(new PublicCacheInterceptor(this.counts))
			.excludePathPatterns(PageCache.PRIVATE_PATHS.stream().map((prefix) -> prefix + "/**").toList())
			.excludePathPatterns(PageCache.SELF_VALIDATED_PATHS.stream().map((prefix) -> prefix + "**").toList());
	}

}
