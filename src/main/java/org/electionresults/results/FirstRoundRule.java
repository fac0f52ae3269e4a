package org.electionresults.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The presidential first round (Constitution, art. 166): a ticket is elected with more
 * than half of the valid votes, or with at least 40 % of them and a lead of at least 10
 * percentage points over the second; otherwise the two tickets with most votes go to a
 * runoff.
 * <p>
 * With V valid votes, a for the leader and b for the runner-up, in exact integer
 * arithmetic:
 * <ul>
 * <li>majority: {@code 2·a > V};</li>
 * <li>40 + 10: {@code 10·a ≥ 4·V} and {@code 10·(a − b) ≥ V}.</li>
 * </ul>
 * A tie for first is never a win: the lead is 0, below 10 points whenever V > 0. Blank
 * and null votes, and votes for withdrawn parties, are not valid votes and must not be
 * passed in.
 * <p>
 * Vote maps are keyed by ticket (party) code and must list every running ticket, also
 * those with no vote yet, because {@link #assess} lets the uncounted voters vote for any
 * of them. The arithmetic is exact as long as the valid votes plus the uncounted voters
 * stay within {@link #MAX_VOTES}.
 */
public final class FirstRoundRule {

	/**
	 * The largest number of votes, counted and uncounted together, the rule accepts: far
	 * above any electorate, and small enough that no product it forms overflows a
	 * {@code long}.
	 */
	public static final long MAX_VOTES = 100_000_000_000_000L;

	private static final Comparator<Map.Entry<String, Long>> MOST_VOTES_FIRST = Map.Entry
		.<String, Long>comparingByValue()
		.reversed()
		.thenComparing(Map.Entry.comparingByKey());

	private FirstRoundRule() {
	}

	/**
	 * The verdict on the given votes, V being their sum.
	 * @param ticketVotes valid votes per running ticket
	 */
	public static FirstRoundVerdict verdict(Map<String, Long> ticketVotes) {
		return new Standing(ticketVotes).verdict();
	}

	/**
	 * The verdict on the given votes.
	 * @param validVotes valid votes V, which must be the sum of {@code ticketVotes}
	 * @param ticketVotes valid votes per running ticket
	 * @throws IllegalArgumentException if V is not the sum of the ticket votes
	 */
	public static FirstRoundVerdict verdict(long validVotes, Map<String, Long> ticketVotes) {
		Standing standing = new Standing(ticketVotes);
		if (standing.validVotes != validVotes) {
			throw new IllegalArgumentException(
					"Valid votes " + validVotes + " are not the sum of the ticket votes " + standing.validVotes);
		}
		return standing.verdict();
	}

	/**
	 * The verdict on a partial count, and whether it is decided: whether no way of voting
	 * of the R registered voters of the mesas not yet counted can change the outcome and
	 * the winner, or the outcome and the two runoff tickets. Each uncounted voter may
	 * vote validly for any ticket, vote blank or null, or stay away; so the final count
	 * gives each ticket {@code c + x} votes with {@code x ≥ 0} and V grows by the sum of
	 * the x, at most R.
	 * <p>
	 * Every condition below is linear in the x: a vote for a ticket only helps that
	 * ticket's conditions and only hurts its rivals', and blank votes or abstention
	 * change nothing. So the worst case of each condition is one of the extremes "all R
	 * to one ticket", and testing those extremes is exact:
	 * <ul>
	 * <li>{@link FirstRoundCertainty#COUNT_COMPLETE}: R = 0.</li>
	 * <li>{@link FirstRoundCertainty#MAJORITY_SECURE}: {@code 2·a > V + R}. All R to a
	 * rival is the worst case; a majority also keeps the leader first.</li>
	 * <li>{@link FirstRoundCertainty#LEAD_SECURE}: {@code 10·a ≥ 4·(V + R)} and
	 * {@code 10·(a − b − R) ≥ V + R} (all R to the runner-up, the worst case for both
	 * conditions since any rival ends with at most b + R), and {@code 2·a + R ≤ V} (all R
	 * to the leader still gives no majority, which would change the outcome).</li>
	 * <li>{@link FirstRoundCertainty#RUNOFF_SECURE}: the runoff pair is determined, and
	 * with all R to the leader, the ticket best placed to win, neither
	 * {@code 2·(a + R) > V + R} nor ({@code 10·(a + R) ≥ 4·(V + R)} and
	 * {@code 10·(a + R − b) ≥ V + R}) holds, and the strongest ticket outside the pair,
	 * with t votes, stays below the second even with all R: {@code t + R < b}.</li>
	 * <li>{@link FirstRoundCertainty#WINNER_SECURE}: a winner who keeps a majority, or
	 * keeps 40 + 10, in the worst case above, but could move from one to the other.</li>
	 * </ul>
	 * Otherwise the verdict is {@link FirstRoundCertainty#UNDECIDED_COULD_CHANGE}, also
	 * when nothing is counted yet. The tests are exact whenever there are two or more
	 * tickets; with a single ticket the "all R to a rival" case cannot occur and the
	 * answer is merely conservative. A winner who would keep winning only because the two
	 * conditions cover each other's worst cases is reported as undecided: conservative,
	 * never wrong.
	 * @param countedTicketVotes valid votes per running ticket counted so far
	 * @param uncountedRegistered registered voters of the mesas not yet counted (R ≥ 0)
	 */
	public static FirstRoundAssessment assess(Map<String, Long> countedTicketVotes, long uncountedRegistered) {
		if (uncountedRegistered < 0) {
			throw new IllegalArgumentException("Uncounted registered voters must not be negative");
		}
		Standing standing = new Standing(countedTicketVotes);
		if (standing.validVotes + uncountedRegistered > MAX_VOTES) {
			throw new IllegalArgumentException("More than " + MAX_VOTES + " votes");
		}
		FirstRoundVerdict verdict = standing.verdict();
		return new FirstRoundAssessment(verdict, uncountedRegistered, certainty(standing, uncountedRegistered));
	}

	private static FirstRoundCertainty certainty(Standing standing, long r) {
		if (r == 0) {
			return FirstRoundCertainty.COUNT_COMPLETE;
		}
		long v = standing.validVotes;
		long a = standing.leaderVotes;
		long b = standing.runnerUpVotes;
		boolean majorityKept = 2 * a > v + r;
		boolean leadKept = 10 * a >= 4 * (v + r) && 10 * (a - b - r) >= v + r;
		return switch (standing.outcome()) {
			case NO_VOTES -> FirstRoundCertainty.UNDECIDED_COULD_CHANGE;
			case WON_MAJORITY -> majorityKept ? FirstRoundCertainty.MAJORITY_SECURE
					: leadKept ? FirstRoundCertainty.WINNER_SECURE : FirstRoundCertainty.UNDECIDED_COULD_CHANGE;
			case WON_LEAD -> !leadKept ? FirstRoundCertainty.UNDECIDED_COULD_CHANGE
					: (2 * a + r <= v) ? FirstRoundCertainty.LEAD_SECURE : FirstRoundCertainty.WINNER_SECURE;
			case RUNOFF -> runoffKept(standing, r) ? FirstRoundCertainty.RUNOFF_SECURE
					: FirstRoundCertainty.UNDECIDED_COULD_CHANGE;
		};
	}

	private static boolean runoffKept(Standing standing, long r) {
		if (!standing.runoffPairDetermined()) {
			// any extra vote for one of the tied tickets changes who is in the runoff
			return false;
		}
		long v = standing.validVotes;
		long a = standing.leaderVotes;
		long b = standing.runnerUpVotes;
		// all R to the leader is the best any ticket can do: the others start lower and
		// face a rival with a votes instead of b
		boolean majorityReachable = 2 * (a + r) > v + r;
		boolean leadReachable = 10 * (a + r) >= 4 * (v + r) && 10 * (a + r - b) >= v + r;
		boolean pairKept = standing.bestOutsidePair < 0 || standing.bestOutsidePair + r < b;
		return !majorityReachable && !leadReachable && pairKept;
	}

	/**
	 * The tickets ranked by votes, with the figures the rule needs.
	 */
	private static final class Standing {

		private final long validVotes;

		private final List<String> leaders = new ArrayList<>();

		private final long leaderVotes;

		private final List<String> runnersUp = new ArrayList<>();

		private final long runnerUpVotes;

		/**
		 * Votes of the strongest ticket outside a determined runoff pair, -1 if there is
		 * none.
		 */
		private final long bestOutsidePair;

		Standing(Map<String, Long> ticketVotes) {
			List<Map.Entry<String, Long>> ranked = new ArrayList<>(ticketVotes.size());
			long total = 0;
			for (Map.Entry<String, Long> entry : ticketVotes.entrySet()) {
				String code = Objects.requireNonNull(entry.getKey(), "ticket code");
				long votes = Objects.requireNonNull(entry.getValue(), () -> "votes of " + code);
				if (votes < 0) {
					throw new IllegalArgumentException("Negative votes for " + code);
				}
				total += votes;
				if (total > MAX_VOTES) {
					throw new IllegalArgumentException("More than " + MAX_VOTES + " votes");
				}
				ranked.add(Map.entry(code, votes));
			}
			ranked.sort(MOST_VOTES_FIRST);
			this.validVotes = total;
			if (total == 0) {
				this.leaderVotes = 0;
				this.runnerUpVotes = 0;
				this.bestOutsidePair = -1;
				return;
			}
			int next = takeTied(ranked, 0, this.leaders);
			this.leaderVotes = ranked.get(0).getValue();
			if (this.leaders.size() > 1) {
				this.runnerUpVotes = this.leaderVotes;
			}
			else if (next < ranked.size()) {
				this.runnerUpVotes = ranked.get(next).getValue();
				next = takeTied(ranked, next, this.runnersUp);
			}
			else {
				this.runnerUpVotes = 0;
			}
			this.bestOutsidePair = (runoffPairDetermined() && next < ranked.size()) ? ranked.get(next).getValue() : -1;
		}

		/**
		 * Adds the tickets tied with the one at {@code from} to {@code into}; returns the
		 * next index.
		 */
		private static int takeTied(List<Map.Entry<String, Long>> ranked, int from, List<String> into) {
			long votes = ranked.get(from).getValue();
			int index = from;
			while (index < ranked.size() && ranked.get(index).getValue() == votes) {
				into.add(ranked.get(index).getKey());
				index++;
			}
			return index;
		}

		boolean runoffPairDetermined() {
			return this.leaders.size() == 2 || (this.leaders.size() == 1 && this.runnersUp.size() == 1);
		}

		FirstRoundOutcome outcome() {
			long v = this.validVotes;
			long a = this.leaderVotes;
			long b = this.runnerUpVotes;
			if (v == 0) {
				return FirstRoundOutcome.NO_VOTES;
			}
			if (2 * a > v) {
				return FirstRoundOutcome.WON_MAJORITY;
			}
			if (10 * a >= 4 * v && 10 * (a - b) >= v) {
				return FirstRoundOutcome.WON_LEAD;
			}
			return FirstRoundOutcome.RUNOFF;
		}

		FirstRoundVerdict verdict() {
			return new FirstRoundVerdict(outcome(), this.validVotes, this.leaders, this.leaderVotes, this.runnersUp,
					this.runnerUpVotes, votesToMajority(), votesToLeadThreshold());
		}

		/** The least x ≥ 0 with 2(a + x) > V + x, that is x > V − 2a. */
		private long votesToMajority() {
			return Math.max(0, this.validVotes - 2 * this.leaderVotes + 1);
		}

		/**
		 * The least x ≥ 0 with 10(a + x) ≥ 4(V + x), that is 6x ≥ 4V − 10a, and 10(a + x
		 * − b) ≥ V + x, that is 9x ≥ V − 10(a − b). With no vote at all one vote is
		 * enough, though the formulas, satisfied by 0 = 0, would say none.
		 */
		private long votesToLeadThreshold() {
			if (this.validVotes == 0) {
				return 1;
			}
			long v = this.validVotes;
			long a = this.leaderVotes;
			long b = this.runnerUpVotes;
			return Math.max(0, Math.max(ceilDiv(4 * v - 10 * a, 6), ceilDiv(v - 10 * (a - b), 9)));
		}

		private static long ceilDiv(long dividend, long divisor) {
			return -Math.floorDiv(-dividend, divisor);
		}

	}

}
