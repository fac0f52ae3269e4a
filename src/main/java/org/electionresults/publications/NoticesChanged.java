package org.electionresults.publications;

import org.electionresults.system.DataChanged;

/**
 * Published inside the transaction that posted or ended a notice: every public page shows the active
 * notices, so caches must drop what they hold once it commits.
 *
 * @param dataVersion the election's data version after the change
 */
public record NoticesChanged(long dataVersion) implements DataChanged {

}
