package org.electionresults.search;

/**
 * One thing found.
 *
 * @param kind what it is
 * @param name its name
 * @param context where it is (or, for a candidate, the party)
 * @param url its page
 */
public record SearchResult(SearchKind kind, String name, String context, String url) {

}
