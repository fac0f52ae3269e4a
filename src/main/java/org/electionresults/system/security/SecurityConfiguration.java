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

	private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";

	static final String CONTENT_SECURITY_POLICY = POLICY + "frame-ancestors 'none'";

	/** The embeds are made to be framed by any site (a newsroom's page); nothing else is. */
	static final String EMBED_CONTENT_SECURITY_POLICY = POLICY + "frame-ancestors *";

	/** The compact pages other sites may put in an {@code <iframe>}. */
	static final String EMBED_PATHS = "/embed/**";

	private final LoginThrottle throttle;

	SecurityConfiguration(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	/**
	 * Embeds: public, read-only, stateless (a framed page sends no cookie of ours), and framable by
	 * any site. Neither {@code X-Frame-Options} nor {@code frame-ancestors 'none'} here.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain embeds(HttpSecurity http) throws Exception {
		http.securityMatcher(EMBED_PATHS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(EMBED_CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.disable()))
			.build();
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
