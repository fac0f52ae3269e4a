package org.electionresults.review;

import java.util.List;

import org.electionresults.results.Share;

/**
 * What the counted set is made of: the presidential count per area type of the polling stations.
 * The groups add up to the national totals exactly; a mesa whose station is not in the reference
 * list is in the {@code UNLISTED} group, never dropped.
 *
 * @param groups one per area type, in the order of {@link AreaType}; types with nothing expected
 * and nothing counted are left out
 */
public record Composition(List<Group> groups) {

	public Composition {
		groups = List.copyOf(groups);
	}

	/**
	 * One area type.
	 *
	 * @param areaType the area type
	 * @param counted presidential actas counted
	 * @param expected mesas in the reference list
	 * @param registeredCounted registered voters of the counted mesas
	 * @param registeredExpected registered voters in the reference list
	 * @param valid valid votes (running parties)
	 * @param parties each running party's votes and share of the valid votes, in column order
	 */
	public record Group(AreaType areaType, long counted, long expected, long registeredCounted,
			long registeredExpected, long valid, List<PartyShare> parties) {

		public Group {
			parties = List.copyOf(parties);
		}

		public Share countedShare() {
			return Share.of(this.counted, this.expected);
		}

		public Share registeredShare() {
			return Share.of(this.registeredCounted, this.registeredExpected);
		}

	}

	/**
	 * A party in one group.
	 *
	 * @param party export code
	 * @param shortName short name
	 * @param color display colour
	 * @param votes votes
	 * @param share share of the group's valid votes
	 */
	public record PartyShare(String party, String shortName, String color, long votes, Share share) {

	}

}
