package org.electionresults.seats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The D'Hondt highest-averages method: each seat goes to the highest quotient
 * {@code votes / d} with divisors d = 1, 2, 3, …; equivalently the {@code seats} highest
 * quotients over all parties win. Quotients are compared exactly by cross-multiplication
 * ({@code v1 · d2} against {@code v2 · d1}), never as fractions in floating point.
 * <p>
 * An exact tie for the last seat or seats (more equal quotients at the cut-off than seats
 * left) is not broken by list order: the seats above the tie are given and the rest are
 * reported as tied, for the tribunal to decide. Parties without votes get no seat.
 * D'Hondt gives each party at least the integer part of its proportional quota
 * {@code seats · votes / total} (lower quota), but may give a large party more than its
 * quota rounded up.
 */
public final class DHondt {

	private DHondt() {
	}

	/**
	 * Shares {@code seats} among the parties by D'Hondt.
	 * @param seats seats to share, 0 or more
	 * @param votes votes per party
	 * @throws IllegalArgumentException if seats are negative, or if there are seats to
	 * share and no party has a vote
	 */
	public static DHondtAllocation allocate(int seats, Map<String, Long> votes) {
		if (seats < 0) {
			throw new IllegalArgumentException("Negative seats " + seats);
		}
		Map<String, Long> checked = VoteCounts.checked(votes);
		if (seats > 0 && VoteCounts.total(checked) == 0) {
			throw new IllegalArgumentException("No votes to share " + seats + " seats by");
		}
		List<Quotient> quotients = new ArrayList<>();
		checked.forEach((party, count) -> {
			for (int divisor = 1; count > 0 && divisor <= seats; divisor++) {
				quotients.add(new Quotient(party, count, divisor));
			}
		});
		quotients.sort(Comparator.reverseOrder());
		Map<String, Integer> won = new HashMap<>();
		Set<String> atCutOff = new TreeSet<>();
		int above = 0;
		if (seats > 0) {
			Quotient last = quotients.get(seats - 1);
			for (Quotient quotient : quotients) {
				int comparison = quotient.compareTo(last);
				if (comparison > 0) {
					won.merge(quotient.party, 1, Integer::sum);
					above++;
				}
				else if (comparison == 0) {
					atCutOff.add(quotient.party);
				}
				else {
					break;
				}
			}
		}
		// a party has at most one quotient at the cut-off: its quotients decrease
		int tiedSeats = 0;
		if (above + atCutOff.size() == seats) {
			atCutOff.forEach((party) -> won.merge(party, 1, Integer::sum));
			atCutOff.clear();
		}
		else {
			tiedSeats = seats - above;
		}
		List<PartySeats> parties = new ArrayList<>();
		checked.forEach((party, count) -> parties.add(new PartySeats(party, count, won.getOrDefault(party, 0))));
		parties.sort(PartySeats.RESULTS_ORDER);
		List<String> tiedParties = parties.stream().map(PartySeats::party).filter(atCutOff::contains).toList();
		return new DHondtAllocation(seats, parties, tiedSeats, tiedParties);
	}

	/** The quotient {@code votes / divisor} of a party, ordered exactly. */
	private record Quotient(String party, long votes, int divisor) implements Comparable<Quotient> {

		@Override
		public int compareTo(Quotient other) {
			// votes/divisor against other.votes/other.divisor without division
			return Long.compare(Math.multiplyExact(this.votes, (long) other.divisor),
					Math.multiplyExact(other.votes, (long) this.divisor));
		}

	}

}
