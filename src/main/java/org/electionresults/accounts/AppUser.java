package org.electionresults.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.electionresults.system.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person who may sign in, with one role. Never deleted: a disabled account can no longer sign in
 * and keeps its name in the history of what it did.
 */
@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_by")
	private @Nullable String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	protected AppUser() {
	}

	AppUser(String username, String passwordHash, Role role, @Nullable String createdBy) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
		this.passwordChangedAt = this.createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	@Nullable String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.updatedAt = Instant.now();
		this.passwordChangedAt = this.updatedAt;
	}

	void changeRole(Role role) {
		this.role = role;
		this.updatedAt = Instant.now();
	}

	void enable() {
		this.enabled = true;
		this.updatedAt = Instant.now();
	}

	void disable() {
		this.enabled = false;
		this.updatedAt = Instant.now();
	}

	Account toAccount() {
		return new Account(this.id, this.username, this.role, this.enabled, this.createdBy, this.createdAt,
				this.updatedAt, this.passwordChangedAt);
	}

}
