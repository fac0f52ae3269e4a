package org.electionresults.ingest;

import org.electionresults.results.ActaNumbers;

import org.electionresults.election.Ballot;

/**
 * A tally whose numbers an upload changed: the old version and the new one.
 *
 * @param mesaCode the mesa
 * @param ballot the ballot
 * @param before the numbers it replaced
 * @param after the new numbers
 */
public record Correction(int mesaCode, Ballot ballot, ActaNumbers before, ActaNumbers after) {

}
