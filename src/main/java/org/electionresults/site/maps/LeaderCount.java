package org.electionresults.site.maps;

/**
 * How many areas of a map a party leads, for its text alternative.
 *
 * @param party the party's short name
 * @param areas areas it leads
 */
public record LeaderCount(String party, int areas) {

}
