package org.electionresults.system.web;

import org.electionresults.system.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout shows on every page: who is signed in and whether as an administrator, and the
 * site's absolute address (share metadata and embed snippets need absolute URLs).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final String publicUrl;

	/**
	 * @param publicUrl the site's address as readers see it (behind a CDN, say); when blank, the
	 * address this request came to
	 */
	LayoutModelAdvice(@Value("${elections.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
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
