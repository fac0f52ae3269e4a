package org.electionresults.comparison;

import java.util.HashMap;
import java.util.Map;

import org.electionresults.results.Share;

/**
 * The 2019 presidential count in one area (the election later annulled): registered voters, valid,
 * blank and null votes, and the votes of each 2019 party.
 *
 * @param name the area's name
 * @param mesas mesas counted in 2019
 * @param registered registered voters
 * @param valid valid votes
 * @param blank blank votes
 * @param nullVotes null votes
 * @param votes votes per 2019 party code
 */
record Count2019(String name, int mesas, long registered, long valid, long blank, long nullVotes,
		Map<String, Long> votes) {

	Count2019 {
		votes = Map.copyOf(votes);
	}

	static Count2019 none(String name) {
		return new Count2019(name, 0, 0, 0, 0, 0, Map.of());
	}

	Count2019 plus(Count2019 other) {
		Map<String, Long> sum = new HashMap<>(this.votes);
		other.votes.forEach((party, n) -> sum.merge(party, n, Long::sum));
		return new Count2019(this.name, this.mesas + other.mesas, this.registered + other.registered,
				this.valid + other.valid, this.blank + other.blank, this.nullVotes + other.nullVotes, sum);
	}

	Share share(String party) {
		return Share.of(this.votes.getOrDefault(party, 0L), this.valid);
	}

	Share turnout() {
		return Share.of(this.valid + this.blank + this.nullVotes, this.registered);
	}

}
