package org.electionresults.site.parties;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.PartyVotes;
import org.jspecify.annotations.Nullable;

/**
 * A party in the list of parties.
 *
 * @param party the party
 * @param president its national presidential votes, or {@code null} if it is not on that
 * ballot or withdrew
 * @param senators Senate seats won
 * @param deputies deputies won
 */
public record PartyLine(ElectionCatalog.PartyInfo party, @Nullable PartyVotes president, int senators, int deputies) {

}
