package org.electionresults.review;

import java.util.Arrays;

/**
 * One mesa's current presidential acta as the review rules read it: its {@code ActaNumbers} with the
 * withdrawn-party rule applied (marks for withdrawn parties are null votes; only running parties).
 *
 * @param mesaCode the mesa
 * @param registered registered voters
 * @param cast votes cast
 * @param blank blank votes
 * @param nullVotes null votes, marks for withdrawn parties included
 * @param running votes of each running party, in a fixed order (the index is the party)
 */
public record ReviewedActa(int mesaCode, int registered, int cast, int blank, int nullVotes, int[] running) {

	public ReviewedActa {
		running = running.clone();
		if (registered < 0 || cast < 0 || blank < 0 || nullVotes < 0 || Arrays.stream(running).anyMatch((v) -> v < 0)) {
			throw new IllegalArgumentException("Negative numbers on the acta of mesa " + mesaCode);
		}
	}

	/** Valid votes: those of the running parties. */
	public int valid() {
		return Arrays.stream(this.running).sum();
	}

	public int votes(int party) {
		return this.running[party];
	}

	public int parties() {
		return this.running.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReviewedActa acta && acta.mesaCode == this.mesaCode && acta.registered == this.registered
				&& acta.cast == this.cast && acta.blank == this.blank && acta.nullVotes == this.nullVotes
				&& Arrays.equals(acta.running, this.running);
	}

	@Override
	public int hashCode() {
		return this.mesaCode * 31 + Arrays.hashCode(this.running);
	}

	@Override
	public String toString() {
		return "ReviewedActa[mesa=" + this.mesaCode + ", registered=" + this.registered + ", cast=" + this.cast
				+ ", blank=" + this.blank + ", null=" + this.nullVotes + ", running=" + Arrays.toString(this.running)
				+ "]";
	}

}
