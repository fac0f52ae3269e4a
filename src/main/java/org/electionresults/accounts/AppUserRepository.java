package org.electionresults.accounts;

import java.util.List;
import java.util.Optional;

import org.electionresults.system.Role;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	/** Names are unique whatever their case (a unique index on lower(username)). */
	Optional<AppUser> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByRole(Role role);

	boolean existsByRoleAndEnabledTrue(Role role);

	List<AppUser> findAllByOrderByUsernameAsc();

}
