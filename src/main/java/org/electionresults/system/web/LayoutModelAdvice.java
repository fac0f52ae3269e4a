package org.electionresults.system.web;

import org.electionresults.system.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: who is signed in, and whether as an administrator. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

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

}
