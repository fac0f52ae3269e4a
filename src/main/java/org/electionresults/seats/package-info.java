/**
 * Seats in the Plurinational Legislative Assembly from a count: the Senate and the
 * Chamber of Deputies. Plain Java rules (D'Hondt, plurality, the department allocations),
 * no Spring inside. Parties are identified by their code; ties are reported, never
 * broken.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "election", "results" })
package org.electionresults.seats;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
