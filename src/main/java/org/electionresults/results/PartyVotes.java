package org.electionresults.results;

/**
 * A party's votes in one result.
 *
 * @param code the party code
 * @param shortName short display name
 * @param color display colour
 * @param votes votes
 * @param share share of the valid votes
 */
public record PartyVotes(String code, String shortName, String color, long votes, Share share) {

}
