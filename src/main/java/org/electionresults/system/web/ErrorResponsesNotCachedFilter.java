package org.electionresults.system.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An error page is never cached: the public caching headers set for a page that then failed are
 * replaced when the error is rendered.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponsesNotCachedFilter extends OncePerRequestFilter {

	@Bean
	static FilterRegistrationBean<ErrorResponsesNotCachedFilter> errorResponsesNotCached() {
		FilterRegistrationBean<ErrorResponsesNotCachedFilter> registration = new FilterRegistrationBean<>(
				new ErrorResponsesNotCachedFilter());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		return registration;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		chain.doFilter(request, response);
	}

}
