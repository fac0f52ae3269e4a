package org.electionresults.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request when its account was disabled, lost its role or had its
 * password reset since the session signed in. Checked against the database on every signed-in
 * request, so it holds across several application nodes and needs no session registry. The session
 * keeps a fingerprint of the password hash it signed in with (never the hash itself); a different
 * one means the password changed.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(SessionAccountCheck.class);

	static final String FINGERPRINT = SessionAccountCheck.class.getName() + ".FINGERPRINT";

	private final UserDetailsService accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SessionAccountCheck(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		String current;
		try {
			current = fingerprint(authentication);
		}
		catch (DataAccessException | TransactionException ex) {
			logger.warn("Cannot check the account of '{}': {}", authentication.getName(), ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		HttpSession session = request.getSession(false);
		Object signedInWith = (session != null) ? session.getAttribute(FINGERPRINT) : null;
		if (current == null || (signedInWith != null && !signedInWith.equals(current))) {
			end(request, authentication);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
		}
		else if (session != null && signedInWith == null) {
			session.setAttribute(FINGERPRINT, current);
		}
		chain.doFilter(request, response);
	}

	/** Called at sign-in: the session remembers the password it signed in with. */
	void remember(HttpServletRequest request, Authentication authentication) {
		String current = fingerprint(authentication);
		if (current != null) {
			request.getSession().setAttribute(FINGERPRINT, current);
		}
	}

	/**
	 * The fingerprint of the account's password as stored now, or {@code null} when the account
	 * may no longer hold this session (unknown, disabled, locked, or other roles than it signed in
	 * with).
	 */
	private @Nullable String fingerprint(Authentication authentication) {
		UserDetails account;
		try {
			account = this.accounts.loadUserByUsername(authentication.getName());
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
		if (!account.isEnabled() || !account.isAccountNonLocked() || !account.isAccountNonExpired()
				|| !authorities(account.getAuthorities()).equals(authorities(authentication.getAuthorities()))) {
			return null;
		}
		return sha256(String.valueOf(account.getPassword()));
	}

	private void end(HttpServletRequest request, Authentication authentication) {
		logger.info("Session of '{}' ended: the account was disabled or changed", authentication.getName());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.contexts.clearContext();
	}

	private static Set<String> authorities(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
			.collect(Collectors.toSet());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
