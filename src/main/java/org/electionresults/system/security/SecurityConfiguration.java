package org.electionresults.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Public pages are readable by anyone; only administrators change data: {@code /admin/**} through
 * form login (with CSRF), {@code /api/admin/**} through HTTP Basic for automation.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	// Swagger UI (springdoc) adds one <style> element of fixed content; allowed by its hash on its own
	// pages only, never 'unsafe-inline'. A new springdoc version may change it: PublicationsBrowserTests
	// fails on any CSP violation of the page.
	static final String SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

	private final LoginThrottle throttle;

	SecurityConfiguration(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/admin/**")
			.addFilterBefore(new LoginThrottleFilter(this.throttle), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(AdminAccountInitializer.ADMIN_ROLE))
			.httpBasic((basic) -> basic.authenticationEntryPoint(new UnavailableAwareEntryPoint()))
			// Stateless Basic authentication: no cookie, so no CSRF to defend against.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return headers(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' " + SWAGGER_UI_STYLE)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain site(HttpSecurity http) throws Exception {
		http.addFilterBefore(new LoginThrottleFilter(this.throttle), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole(AdminAccountInitializer.ADMIN_ROLE)
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/admin/uploads").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new MultipartCsrfTokenRequestHandler()));
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
