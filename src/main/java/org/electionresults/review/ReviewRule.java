package org.electionresults.review;

/** The published review rules, each asking for a second look at a presidential acta. */
public enum ReviewRule {

	/** Every registered voter voted. */
	FULL_TURNOUT(false),

	/** One running party has nearly every valid vote. */
	ONE_PARTY(false),

	/** Many null votes (marks for withdrawn parties included). */
	HIGH_NULL(false),

	/** Many blank votes. */
	HIGH_BLANK(false),

	/** A party's share is far from the median of the station's other mesas. */
	SHARE_OUT_OF_LINE(true),

	/** The turnout is far from the median of the station's other mesas. */
	TURNOUT_OUT_OF_LINE(true);

	private final boolean station;

	ReviewRule(boolean station) {
		this.station = station;
	}

	/** Whether the rule compares the mesa with the other mesas of its polling station. */
	public boolean station() {
		return this.station;
	}

}
