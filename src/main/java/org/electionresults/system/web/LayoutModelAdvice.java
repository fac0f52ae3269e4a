package org.electionresults.system.web;

import java.time.Duration;

import org.electionresults.system.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout shows on every page: who is signed in and whether as an administrator, the site's
 * absolute address (share metadata and embed snippets need absolute URLs), and how often an open
 * page looks for a new publication.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final String publicUrl;

	private final long liveInterval;

	/**
	 * @param publicUrl the site's address as readers see it (behind a CDN, say); when blank, the
	 * address this request came to
	 * @param liveInterval how often an open page asks whether a new publication is out
	 */
	LayoutModelAdvice(@Value("${elections.public-url:}") String publicUrl,
			@Value("${elections.live.poll-interval:15s}") Duration liveInterval) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.liveInterval = liveInterval.toMillis();
	}

	/** How often, in milliseconds, an open page asks whether a new publication is out (live.js adds jitter). */
	@ModelAttribute("liveInterval")
	long liveInterval() {
		return this.liveInterval;
	}

	@ModelAttribute("signedInAs")
	String signedInAs() {
		Authentication authentication = signedIn();
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("signedInAdmin")
	boolean signedInAdmin() {
		Authentication authentication = signedIn();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.ADMIN.authority().equals(authority.getAuthority()));
	}

	private static Authentication signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication;
	}

	@ModelAttribute("siteUrl")
	String siteUrl() {
		return this.publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: this.publicUrl;
	}

}
