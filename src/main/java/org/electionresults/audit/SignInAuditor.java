package org.electionresults.audit;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-ins (by form), failed sign-ins (by form or HTTP Basic) and sign-outs, from Spring Security's
 * events, with the client address. A successful HTTP Basic call is not a sign-in of its own: what it
 * does is recorded as the action it is. Recording never stands in the way of signing in: when the
 * database cannot take the entry, the log says so.
 */
@Component
class SignInAuditor {

	private static final Logger logger = LoggerFactory.getLogger(SignInAuditor.class);

	private final AuditLog log;

	SignInAuditor(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		record(AuditRecord.success(AuditAction.SIGN_IN)
			.by(authentication.getName())
			.detail("via=form")
			.from(address(authentication)));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		record(AuditRecord.failure(AuditAction.SIGN_IN)
			.by(attempt.getName())
			.detail("via=" + ((attempt.getDetails() instanceof WebAuthenticationDetails) ? via() : "other")
					+ " reason=" + reason(event))
			.from(address(attempt)));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		record(AuditRecord.success(AuditAction.SIGN_OUT).by(event.getAuthentication().getName()));
	}

	private void record(AuditRecord record) {
		try {
			this.log.record(record);
		}
		catch (DataAccessException ex) {
			logger.warn("Could not record {} {} of '{}' from {}: {}", record.action(), record.outcome(), record.actor(),
					record.clientAddress(), ex.getMessage());
		}
	}

	/** The form posts to /login; everything else that authenticates is HTTP Basic on the API. */
	private static String via() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				&& servlet.getRequest().getRequestURI().endsWith("/login")) {
			return "form";
		}
		return "basic";
	}

	/** BadCredentialsException → bad-credentials, DisabledException → disabled. */
	static String reason(AbstractAuthenticationFailureEvent event) {
		String name = event.getException().getClass().getSimpleName().replaceFirst("Exception$", "");
		return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static @Nullable String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null;
	}

}
