package org.electionresults.seats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The seat of one single-member constituency, uninominal or special, as far as the count
 * goes.
 *
 * @param constituency constituency number (uninominal 1–63, special 1–7)
 * @param status won, tied or pending
 * @param parties the winner, or the tied parties by code, or none while pending
 */
public record ConstituencyResult(int constituency, ConstituencyStatus status, List<String> parties) {

	public ConstituencyResult {
		parties = List.copyOf(parties);
		boolean consistent = switch (status) {
			case WON -> parties.size() == 1;
			case TIED -> parties.size() >= 2;
			case PENDING -> parties.isEmpty();
		};
		if (!consistent) {
			throw new IllegalArgumentException(
					"Constituency " + constituency + " " + status + " with parties " + parties);
		}
	}

	public static ConstituencyResult won(int constituency, String party) {
		return new ConstituencyResult(constituency, ConstituencyStatus.WON, List.of(party));
	}

	public static ConstituencyResult tied(int constituency, Collection<String> parties) {
		return new ConstituencyResult(constituency, ConstituencyStatus.TIED,
				parties.stream().distinct().sorted().toList());
	}

	public static ConstituencyResult pending(int constituency) {
		return new ConstituencyResult(constituency, ConstituencyStatus.PENDING, List.of());
	}

	/**
	 * The seat as a plurality count gives it; a count without valid votes leaves it
	 * pending, since the seat has no winner yet.
	 */
	public static ConstituencyResult of(int constituency, PluralityResult count) {
		return switch (count.outcome()) {
			case WON -> won(constituency, count.leaders().get(0));
			case TIE -> tied(constituency, count.leaders());
			case NO_VOTES -> pending(constituency);
		};
	}

	/** The winner, if the seat is won. */
	public Optional<String> winner() {
		return (this.status == ConstituencyStatus.WON) ? Optional.of(this.parties.get(0)) : Optional.empty();
	}

}
