package org.electionresults.seats;

import java.util.List;

/**
 * A department's deputies as far as the count goes.
 *
 * @param department department id
 * @param plan the department's seats
 * @param parties each party with its presidential votes in the department and the seats
 * it certainly won, in results order
 * @param undecidedUninominal uninominal constituencies still pending or tied
 * @param undecidedSpecial the special constituency if still pending or tied
 * @param pendingPlurinominal list seats not shared yet: all of them while a uninominal
 * seat of the department is undecided, or while no taking-part party has a presidential
 * vote counted there
 * @param tiedPlurinominal list seats undecided by equal D'Hondt quotients
 * @param tiedPlurinominalParties parties whose list seats depend on the tie, by votes
 * then code
 */
public record DeputiesDepartmentResult(int department, DeputySeatPlan plan, List<PartyDeputies> parties,
		List<ConstituencyResult> undecidedUninominal, List<ConstituencyResult> undecidedSpecial,
		int pendingPlurinominal, int tiedPlurinominal, List<String> tiedPlurinominalParties) {

	public DeputiesDepartmentResult {
		parties = List.copyOf(parties);
		undecidedUninominal = List.copyOf(undecidedUninominal);
		undecidedSpecial = List.copyOf(undecidedSpecial);
		tiedPlurinominalParties = List.copyOf(tiedPlurinominalParties);
	}

	/** Seats certainly won by a party. */
	public int decidedSeats() {
		return this.parties.stream().mapToInt(PartyDeputies::total).sum();
	}

	/** Seats without a winner yet: pending constituencies and pending list seats. */
	public int pendingSeats() {
		return count(ConstituencyStatus.PENDING) + this.pendingPlurinominal;
	}

	/** Seats the tribunal has to decide: tied constituencies and tied list seats. */
	public int tiedSeats() {
		return count(ConstituencyStatus.TIED) + this.tiedPlurinominal;
	}

	private int count(ConstituencyStatus status) {
		return (int) (this.undecidedUninominal.stream().filter((c) -> c.status() == status).count()
				+ this.undecidedSpecial.stream().filter((c) -> c.status() == status).count());
	}

}
