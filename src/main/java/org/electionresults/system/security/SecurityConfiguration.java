package org.electionresults.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.system.web.ApiProblems;
import org.electionresults.system.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Public pages are readable by anyone; signed-in accounts change data: {@code /admin/**} through
 * form login (with CSRF), {@code /api/admin/**} through HTTP Basic for automation. What each role may
 * do is in {@link AccessRules}. A session ends at its next request once its account is disabled or
 * its password reset ({@link SessionAccountCheck}); HTTP Basic checks the account on every call.
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

	// Swagger UI (springdoc) adds one <style> element of fixed content; allowed by its hash on its own
	// pages only, never 'unsafe-inline'. A new springdoc version may change it: PublicationsBrowserTests
	// fails on any CSP violation of the page.
	static final String SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

	private final LoginThrottle throttle;

	private final ApiProblems problems;

	private final AccessDeniedHandlerImpl pages = new AccessDeniedHandlerImpl();

	SecurityConfiguration(LoginThrottle throttle, ApiProblems problems) {
		this.throttle = throttle;
		this.problems = problems;
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
			.addFilterBefore(new LoginThrottleFilter(this.throttle, this.problems), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(AccessRules.ADMIN_ONLY_API)
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.hasAnyRole(AccessRules.SIGNED_IN_ROLES))
			.httpBasic((basic) -> basic.authenticationEntryPoint(new UnavailableAwareEntryPoint(this.problems)))
			.exceptionHandling((errors) -> errors.accessDeniedHandler(this::denied))
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
	SecurityFilterChain site(HttpSecurity http, UserDetailsService accounts) throws Exception {
		SessionAccountCheck accountCheck = new SessionAccountCheck(accounts);
		SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
		toPage.setDefaultTargetUrl("/admin/uploads");
		http.addFilterBefore(new LoginThrottleFilter(this.throttle, this.problems), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(accountCheck, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(AccessRules.ADMIN_ONLY_PAGES)
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/**")
				.hasAnyRole(AccessRules.SIGNED_IN_ROLES)
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage("/login").successHandler((request, response, authentication) -> {
				accountCheck.remember(request, authentication);
				toPage.onAuthenticationSuccess(request, response, authentication);
			}).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new MultipartCsrfTokenRequestHandler()))
			.exceptionHandling((errors) -> errors.accessDeniedHandler(this::denied));
		return headers(http).build();
	}

	/** A 403: a problem detail for the API, the error page otherwise. */
	private void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (ApiProblems.isApi(request)) {
			this.problems.write(HttpStatus.FORBIDDEN, request, response);
		}
		else {
			this.pages.handle(request, response, denied);
		}
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
