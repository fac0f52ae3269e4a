package org.electionresults.accounts;

import java.util.List;
import java.util.Set;

import org.electionresults.audit.AuditAction;
import org.electionresults.audit.AuditLog;
import org.electionresults.audit.AuditRecord;
import org.electionresults.system.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, disables and re-enables them, resets and changes passwords; each change and
 * each refusal on principle (a name taken, disabling oneself or the bootstrap administrator, a wrong
 * current password) is in the audit log, in the same transaction. A refused change commits only
 * its audit entry. A password that breaks {@link PasswordRule} or a malformed name is refused
 * before anything is written: that is a typing matter, not an event.
 */
@Service
@Transactional(noRollbackFor = AccountRefusedException.class)
class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordRule passwordRule;

	private final AdminProperties bootstrap;

	private final AuditLog audit;

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, AccountsProperties properties,
			AdminProperties bootstrap, AuditLog audit) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordRule = properties.passwordRule();
		this.bootstrap = bootstrap;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<Account> accounts() {
		return this.users.findAllByOrderByUsernameAsc().stream().map(AppUser::toAccount).toList();
	}

	@Transactional(readOnly = true)
	Account find(long id) {
		return user(id).toAccount();
	}

	int minPasswordLength() {
		return this.passwordRule.minLength();
	}

	/** Whether {@code username} is the administrator from the environment, who cannot be disabled. */
	boolean isBootstrapAdministrator(String username) {
		return username.equalsIgnoreCase(this.bootstrap.usernameOrDefault());
	}

	Account create(String typedName, Role role, String password, String by) {
		String name = Username.parse(typedName).orElseThrow(() -> new AccountRefusedException("invalid-username"));
		checkPassword(password, name);
		if (this.users.existsByUsernameIgnoreCase(name)) {
			refuse(AuditAction.ACCOUNT_CREATED, name, by, "name-taken");
		}
		AppUser user = this.users.save(new AppUser(name, this.passwordEncoder.encode(password), role, by));
		this.audit.record(AuditRecord.success(AuditAction.ACCOUNT_CREATED).by(by).on(target(name)).detail("role=" + role));
		return user.toAccount();
	}

	Account disable(long id, String by) {
		AppUser user = user(id);
		if (user.getUsername().equalsIgnoreCase(by)) {
			refuse(AuditAction.ACCOUNT_DISABLED, user.getUsername(), by, "own-account");
		}
		if (isBootstrapAdministrator(user.getUsername())) {
			refuse(AuditAction.ACCOUNT_DISABLED, user.getUsername(), by, "bootstrap-administrator");
		}
		if (user.isEnabled()) {
			user.disable();
		}
		// Its sessions end at their next request: the security filter finds the account disabled.
		this.audit.record(AuditRecord.success(AuditAction.ACCOUNT_DISABLED).by(by).on(target(user.getUsername())));
		return user.toAccount();
	}

	Account enable(long id, String by) {
		AppUser user = user(id);
		if (!user.isEnabled()) {
			user.enable();
		}
		this.audit.record(AuditRecord.success(AuditAction.ACCOUNT_ENABLED).by(by).on(target(user.getUsername())));
		return user.toAccount();
	}

	/** An administrator sets a new password for an account; its sessions end. */
	Account resetPassword(long id, String password, String by) {
		AppUser user = user(id);
		checkPassword(password, user.getUsername());
		user.changePassword(this.passwordEncoder.encode(password));
		this.audit.record(AuditRecord.success(AuditAction.PASSWORD_RESET).by(by).on(target(user.getUsername())));
		return user.toAccount();
	}

	/** Someone changes their own password, proving they know the current one. */
	void changeOwnPassword(String username, String currentPassword, String newPassword) {
		AppUser user = this.users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountRefusedException("no-account"));
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			refuse(AuditAction.PASSWORD_CHANGED, user.getUsername(), user.getUsername(), "wrong-current-password");
		}
		checkPassword(newPassword, user.getUsername());
		if (this.passwordEncoder.matches(newPassword, user.getPasswordHash())) {
			throw new AccountRefusedException("same-password");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.record(AuditRecord.success(AuditAction.PASSWORD_CHANGED)
			.by(user.getUsername())
			.on(target(user.getUsername())));
	}

	private void checkPassword(String password, String username) {
		Set<PasswordProblem> problems = this.passwordRule.problems(password, username);
		if (!problems.isEmpty()) {
			throw AccountRefusedException.weakPassword(problems);
		}
	}

	private void refuse(AuditAction action, String username, String by, String reason) {
		this.audit.record(AuditRecord.failure(action).by(by).on(target(username)).detail("reason=" + reason));
		throw new AccountRefusedException(reason);
	}

	private AppUser user(long id) {
		return this.users.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	private static String target(String username) {
		return "account:" + username;
	}

}
