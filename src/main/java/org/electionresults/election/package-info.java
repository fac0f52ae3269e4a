/**
 * Reference data of an election: parties, tickets, departments and their seat plans,
 * constituencies, geography.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.electionresults.election;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
