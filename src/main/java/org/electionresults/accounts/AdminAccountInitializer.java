package org.electionresults.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.electionresults.audit.AuditAction;
import org.electionresults.audit.AuditLog;
import org.electionresults.audit.AuditRecord;
import org.electionresults.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure an administrator can sign in: the configured one is created, or updated when its
 * password, role or state differ from the configuration; with nothing configured and no enabled
 * administrator, the account named {@code admin} gets a random password that is logged once. There is
 * no default password. This runs before the web server starts, so that no request can arrive before
 * the administrator exists. Every change is in the audit log, done by {@value AuditLog#SYSTEM}.
 */
@Component
class AdminAccountInitializer implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(AdminAccountInitializer.class);

	private final AdminProperties properties;

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	AdminAccountInitializer(AdminProperties properties, AppUserRepository users, PasswordEncoder passwordEncoder,
			AuditLog audit, PlatformTransactionManager transactionManager) {
		this.properties = properties;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		ensureAdministrator();
	}

	void ensureAdministrator() {
		this.transaction.executeWithoutResult((status) -> {
			if (this.properties.hasPassword()) {
				applyConfiguredAdministrator();
			}
			else if (!this.users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
				generateAdministrator();
			}
		});
	}

	private void applyConfiguredAdministrator() {
		String username = this.properties.usernameOrDefault();
		Optional<AppUser> existing = this.users.findByUsernameIgnoreCase(username);
		if (existing.isPresent() && existing.get().getRole() == Role.ADMIN && existing.get().isEnabled()
				&& this.passwordEncoder.matches(this.properties.password(), existing.get().getPasswordHash())) {
			return;
		}
		String hash = this.passwordEncoder.encode(this.properties.password());
		AppUser admin = existing.orElseGet(() -> new AppUser(username, hash, Role.ADMIN, null));
		admin.changePassword(hash);
		admin.changeRole(Role.ADMIN);
		admin.enable();
		this.users.save(admin);
		this.audit.record(AuditRecord.success(AuditAction.BOOTSTRAP_ADMIN)
			.by(AuditLog.SYSTEM)
			.on("account:" + admin.getUsername())
			.detail(existing.isPresent() ? "change=password-from-configuration" : "change=created-from-configuration"));
		logger.info("Administrator '{}' set from configuration", admin.getUsername());
		if (this.properties.password().length() < PasswordRule.DEFAULT_MIN_LENGTH) {
			logger.warn("The configured administrator password is shorter than {} characters",
					PasswordRule.DEFAULT_MIN_LENGTH);
		}
	}

	private void generateAdministrator() {
		String username = this.properties.usernameOrDefault();
		String password = randomPassword();
		String hash = this.passwordEncoder.encode(password);
		Optional<AppUser> existing = this.users.findByUsernameIgnoreCase(username);
		AppUser admin = existing.orElseGet(() -> new AppUser(username, hash, Role.ADMIN, null));
		admin.changePassword(hash);
		admin.changeRole(Role.ADMIN);
		admin.enable();
		this.users.save(admin);
		this.audit.record(AuditRecord.success(AuditAction.BOOTSTRAP_ADMIN)
			.by(AuditLog.SYSTEM)
			.on("account:" + admin.getUsername())
			.detail("change=generated-password"));
		logger.warn("No administrator configured: {} '{}' with the generated password {} "
				+ "(shown only this once; set ELECTIONS_ADMIN_PASSWORD to choose one)",
				existing.isPresent() ? "enabled" : "created", admin.getUsername(), password);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
