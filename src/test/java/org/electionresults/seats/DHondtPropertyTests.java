package org.electionresults.seats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link DHondt} over random votes, many of them small so that ties are
 * frequent.
 */
class DHondtPropertyTests {

	@Property
	void seatsAddUp(@ForAll @IntRange(max = 40) int seats, @ForAll("votes") Map<String, Long> votes) {
		DHondtAllocation allocation = DHondt.allocate(seats, votes);
		assertThat(allocation.parties().stream().mapToInt(PartySeats::seats).sum())
			.isEqualTo(allocation.allocatedSeats());
		assertThat(allocation.allocatedSeats() + allocation.tiedSeats()).isEqualTo(seats);
		assertThat(allocation.parties()).hasSize(votes.size());
		if (allocation.tie()) {
			assertThat(allocation.tiedParties()).hasSizeGreaterThan(allocation.tiedSeats());
		}
		else {
			assertThat(allocation.tiedParties()).isEmpty();
		}
	}

	@Property
	void partiesWithoutVotesGetNothing(@ForAll @IntRange(max = 40) int seats,
			@ForAll("votes") Map<String, Long> votes) {
		DHondtAllocation allocation = DHondt.allocate(seats, votes);
		votes.forEach((party, count) -> {
			if (count == 0) {
				assertThat(allocation.seatsOf(party)).isZero();
				assertThat(allocation.tiedParties()).doesNotContain(party);
			}
		});
	}

	@Property
	void everyPartyGetsAtLeastItsQuotaRoundedDown(@ForAll @IntRange(max = 40) int seats,
			@ForAll("votes") Map<String, Long> votes) {
		DHondtAllocation allocation = DHondt.allocate(seats, votes);
		long total = VoteCounts.total(votes);
		votes.forEach((party, count) -> assertThat((long) allocation.seatsOf(party))
			.as("%s with %d of %d votes", party, count, total)
			.isGreaterThanOrEqualTo(seats * count / total));
	}

	@Property
	void agreesWithGivingSeatsOneByOne(@ForAll @IntRange(max = 40) int seats,
			@ForAll("votes") Map<String, Long> votes) {
		DHondtAllocation allocation = DHondt.allocate(seats, votes);
		OneByOne expected = OneByOne.allocate(seats, votes);
		votes.keySet().forEach((party) -> assertThat(allocation.seatsOf(party)).isEqualTo(expected.seats.get(party)));
		assertThat(allocation.tiedSeats()).isEqualTo(expected.tiedSeats);
		assertThat(allocation.tiedParties()).containsExactlyInAnyOrderElementsOf(expected.tiedParties);
	}

	@Property
	void moreVotesNeverMeanFewerSeats(@ForAll @IntRange(max = 40) int seats, @ForAll("votes") Map<String, Long> votes,
			@ForAll @IntRange(max = 7) int which, @ForAll @LongRange(max = 1000) long more) {
		String party = List.copyOf(votes.keySet()).get(which % votes.size());
		DHondtAllocation before = DHondt.allocate(seats, votes);
		Map<String, Long> increased = new LinkedHashMap<>(votes);
		increased.merge(party, more, Long::sum);
		DHondtAllocation after = DHondt.allocate(seats, increased);
		assertThat(after.seatsOf(party)).isGreaterThanOrEqualTo(before.seatsOf(party));
		assertThat(possibleSeats(after, party)).isGreaterThanOrEqualTo(possibleSeats(before, party));
	}

	@Property
	void moreSeatsNeverMeanFewerSeatsForAnyParty(@ForAll @IntRange(max = 40) int seats,
			@ForAll("votes") Map<String, Long> votes) {
		DHondtAllocation fewer = DHondt.allocate(seats, votes);
		DHondtAllocation more = DHondt.allocate(seats + 1, votes);
		votes.keySet().forEach((party) -> assertThat(more.seatsOf(party)).isGreaterThanOrEqualTo(fewer.seatsOf(party)));
	}

	@Property
	void moreVotesThanAnotherPartyNeverMeanFewerSeats(@ForAll @IntRange(max = 40) int seats,
			@ForAll("votes") Map<String, Long> votes) {
		DHondtAllocation allocation = DHondt.allocate(seats, votes);
		for (PartySeats p : allocation.parties()) {
			for (PartySeats q : allocation.parties()) {
				if (p.votes() > q.votes()) {
					assertThat(p.seats()).isGreaterThanOrEqualTo(q.seats());
				}
			}
		}
	}

	@Property
	void scalingAllVotesChangesNothing(@ForAll @IntRange(max = 40) int seats, @ForAll("votes") Map<String, Long> votes,
			@ForAll @LongRange(min = 1, max = 1000) long factor) {
		Map<String, Long> scaled = new LinkedHashMap<>();
		votes.forEach((party, count) -> scaled.put(party, count * factor));
		DHondtAllocation original = DHondt.allocate(seats, votes);
		DHondtAllocation allocation = DHondt.allocate(seats, scaled);
		assertThat(allocation.parties()).extracting(PartySeats::seats)
			.containsExactlyElementsOf(original.parties().stream().map(PartySeats::seats).toList());
		assertThat(allocation.tiedParties()).isEqualTo(original.tiedParties());
	}

	private static int possibleSeats(DHondtAllocation allocation, String party) {
		return allocation.seatsOf(party) + (allocation.tiedParties().contains(party) ? 1 : 0);
	}

	@Provide
	Arbitrary<Map<String, Long>> votes() {
		Arbitrary<List<Long>> few = Arbitraries.longs().between(0, 10).list().ofMinSize(1).ofMaxSize(8);
		Arbitrary<List<Long>> many = Arbitraries.longs().between(0, 2_000_000).list().ofMinSize(1).ofMaxSize(8);
		return Arbitraries.oneOf(few, many)
			.filter((list) -> list.stream().mapToLong(Long::longValue).sum() > 0)
			.map(DHondtPropertyTests::byParty);
	}

	static Map<String, Long> byParty(List<Long> votes) {
		Map<String, Long> byParty = new LinkedHashMap<>();
		for (int i = 0; i < votes.size(); i++) {
			byParty.put("P" + (i + 1), votes.get(i));
		}
		return byParty;
	}

	/**
	 * The textbook procedure, as an independent oracle: give the next seat to the highest
	 * quotient votes / (seats + 1); equal highest quotients share seats if all fit, else
	 * they tie.
	 */
	private record OneByOne(Map<String, Integer> seats, int tiedSeats, List<String> tiedParties) {

		static OneByOne allocate(int seats, Map<String, Long> votes) {
			Map<String, Integer> won = new TreeMap<>();
			votes.keySet().forEach((party) -> won.put(party, 0));
			int left = seats;
			while (left > 0) {
				List<String> best = new ArrayList<>();
				for (String party : votes.keySet()) {
					if (votes.get(party) == 0) {
						continue;
					}
					if (best.isEmpty()) {
						best.add(party);
						continue;
					}
					String leader = best.get(0);
					int comparison = Long.compare(votes.get(party) * (won.get(leader) + 1),
							votes.get(leader) * (won.get(party) + 1));
					if (comparison > 0) {
						best.clear();
					}
					if (comparison >= 0) {
						best.add(party);
					}
				}
				if (best.size() > left) {
					return new OneByOne(won, left, best);
				}
				best.forEach((party) -> won.merge(party, 1, Integer::sum));
				left -= best.size();
			}
			return new OneByOne(won, 0, List.of());
		}

	}

}
