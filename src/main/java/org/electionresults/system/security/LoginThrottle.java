package org.electionresults.system.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address; after too many in a short time, that address may not
 * try again until the window has passed. Keyed by address rather than by user name so that nobody
 * can lock the administrator out by guessing at the administrator's name.
 */
@Component
class LoginThrottle {

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottle.class);

	private final int maxFailures;

	private final Duration block;

	private final Cache<String, Integer> failures;

	LoginThrottle(@Value("${elections.login.max-failures:5}") int maxFailures,
			@Value("${elections.login.block:15m}") Duration block) {
		this.maxFailures = maxFailures;
		this.block = block;
		this.failures = Caffeine.newBuilder().expireAfterWrite(block).maximumSize(100_000).build();
	}

	boolean blocked(String address) {
		Integer count = this.failures.getIfPresent(address);
		return count != null && count >= this.maxFailures;
	}

	/** How long a blocked address waits, at the most, before it may try again. */
	Duration block() {
		return this.block;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String address = address(event.getAuthentication().getDetails());
		if (address != null) {
			int count = this.failures.asMap().merge(address, 1, Integer::sum);
			if (count == this.maxFailures) {
				logger.warn("Sign-in from {} blocked after {} failed attempts", address, count);
			}
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String address = address(event.getAuthentication().getDetails());
		if (address != null) {
			this.failures.invalidate(address);
		}
	}

	private static String address(Object details) {
		return (details instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null;
	}

}
