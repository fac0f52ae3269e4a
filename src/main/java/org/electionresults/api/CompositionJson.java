package org.electionresults.api;

import java.util.List;

import org.electionresults.review.Composition;

/**
 * {@code GET /api/results/president/composition}: the presidential count per area type.
 *
 * @param groups one per area type; they add up to the national totals
 */
record CompositionJson(List<Group> groups) {

	/**
	 * @param areaType {@code metropol}, {@code periurbano}, {@code ruralconect}, {@code ruralaislado},
	 * {@code desconocido}, {@code exterior}, or {@code unlisted} for stations not in the reference list
	 * @param counted actas counted
	 * @param expected mesas expected (reference list)
	 * @param registeredCounted registered voters of the counted mesas
	 * @param registeredExpected registered voters expected
	 * @param valid valid votes
	 * @param parties running parties in column order
	 */
	record Group(String areaType, long counted, long expected, long registeredCounted, long registeredExpected,
			long valid, List<Party> parties) {

	}

	/**
	 * @param party export code
	 * @param votes votes
	 * @param percent share of the group's valid votes, rounded half up to two decimals
	 */
	record Party(String party, long votes, java.math.BigDecimal percent) {

	}

	static CompositionJson of(Composition composition) {
		return new CompositionJson(composition.groups()
			.stream()
			.map((group) -> new Group(group.areaType().code(), group.counted(), group.expected(),
					group.registeredCounted(), group.registeredExpected(), group.valid(),
					group.parties()
						.stream()
						.map((party) -> new Party(party.party(), party.votes(), party.share().percent()))
						.toList()))
			.toList());
	}

}
