/**
 * Named accounts with a role: the bootstrap administrator from the environment, the pages where
 * administrators create, disable, re-enable accounts and reset passwords, and where everyone changes
 * their own password. Spring Security reads accounts through the {@code UserDetailsService} this
 * module provides; {@code system} never depends on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "system" })
package org.electionresults.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
