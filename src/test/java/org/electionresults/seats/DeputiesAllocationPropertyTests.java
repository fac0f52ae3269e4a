package org.electionresults.seats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.electionresults.seats.PlurinominalSeats.ListSeats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the list-seat step and of {@link DeputiesAllocation} over random
 * departments, with small vote counts so that ties and overhangs are frequent.
 */
class DeputiesAllocationPropertyTests {

	private static final List<String> PARTIES = List.of("A", "B", "C", "D", "E");

	@Property
	void everyListSeatIsGivenTiedOrPending(@ForAll("listCases") ListCase list) {
		ListSeats seats = list.allocate();
		int given = seats.seats().values().stream().mapToInt(Integer::intValue).sum();
		assertThat(given + seats.tiedSeats() + seats.pendingSeats()).isEqualTo(list.plurinominal());
		assertThat(seats.seats().values()).allSatisfy((n) -> assertThat(n).isNotNegative());
		assertThat(seats.tiedParties().isEmpty()).isEqualTo(seats.tiedSeats() == 0);
		seats.seats().keySet().forEach((party) -> assertThat(list.participants()).contains(party));
	}

	@Property
	void removingOverhangsOneAtATimeGivesTheSameSeats(@ForAll("listCases") ListCase list) {
		OneAtATime expected = OneAtATime.allocate(list);
		Assume.that(expected != null);
		ListSeats seats = list.allocate();
		assertThat(seats.tiedSeats()).isZero();
		assertThat(seats.pendingSeats()).isZero();
		PARTIES.forEach((party) -> assertThat(seats.seatsOf(party)).as(party)
			.isEqualTo(expected.listSeats.getOrDefault(party, 0)));
	}

	@Property(tries = 3000)
	@StatisticsReport(StatisticsReportMode.OFF)
	void anyWayOfBreakingTheTiesGivesTheCertainSeatsAndOnlyTiedSeatsMove(@ForAll("listCases") ListCase list,
			@ForAll Random random) {
		ListSeats seats = list.allocate();
		Assume.that(seats.pendingSeats() == 0);
		// scaling the votes and adding a small distinct bonus per party breaks every tie
		// one way without changing any strict comparison of quotients
		List<String> priority = new ArrayList<>(PARTIES);
		Collections.shuffle(priority, random);
		Map<String, Long> perturbed = new TreeMap<>();
		list.votes()
			.forEach((party, count) -> perturbed.put(party,
					(count == 0) ? 0 : count * 1_000_000 + priority.indexOf(party)));
		ListCase broken = new ListCase(list.plurinominal(), perturbed, list.wins(), list.participants());
		ListSeats resolved = broken.allocate();
		Assume.that(resolved.tiedSeats() == 0);
		Statistics.collect(seats.tiedSeats() > 0);
		Statistics.coverage((coverage) -> coverage.check(true).percentage((p) -> p > 5));
		for (String party : PARTIES) {
			int certain = seats.seatsOf(party);
			if (seats.tiedParties().contains(party)) {
				assertThat(resolved.seatsOf(party)).isBetween(certain, certain + seats.tiedSeats());
			}
			else {
				assertThat(resolved.seatsOf(party)).as(party).isEqualTo(certain);
			}
		}
	}

	@Property
	void partyOverItsFirstShareGetsNoListSeat(@ForAll("listCases") ListCase list) {
		Set<String> sharing = new TreeSet<>(list.participants());
		int shared = list.plurinominal() + sharing.stream().mapToInt((p) -> list.wins().getOrDefault(p, 0)).sum();
		Map<String, Long> votes = new TreeMap<>();
		sharing.forEach((party) -> votes.put(party, list.votes().getOrDefault(party, 0L)));
		Assume.that(shared == 0 || VoteCounts.total(votes) > 0);
		DHondtAllocation first = DHondt.allocate(shared, votes);
		ListSeats seats = list.allocate();
		for (String party : sharing) {
			int most = first.seatsOf(party) + (first.tiedParties().contains(party) ? 1 : 0);
			if (list.wins().getOrDefault(party, 0) > most) {
				assertThat(seats.seatsOf(party)).isZero();
				assertThat(seats.tiedParties()).doesNotContain(party);
			}
		}
	}

	@Property
	void everySeatOfTheChamberIsGivenPendingOrTied(@ForAll("departments") List<DeputiesDepartmentCount> departments,
			@ForAll("nationalVotes") Map<String, Long> national) {
		DeputiesResult result = DeputiesAllocation.allocate(national, departments);
		int planned = departments.stream().mapToInt((d) -> d.plan().total()).sum();
		assertThat(result.decidedSeats() + result.pendingSeats() + result.tiedSeats()).isEqualTo(planned);
		assertThat(result.totals().stream().mapToInt(PartyDeputies::total).sum()).isEqualTo(result.decidedSeats());
		for (DeputiesDepartmentResult department : result.departments()) {
			assertThat(department.decidedSeats() + department.pendingSeats() + department.tiedSeats())
				.isEqualTo(department.plan().total());
			if (!department.undecidedUninominal().isEmpty()) {
				assertThat(department.pendingPlurinominal()).isEqualTo(department.plan().plurinominal());
			}
			department.parties()
				.stream()
				.filter((party) -> !result.participants().contains(party.party()))
				.forEach((party) -> assertThat(party.plurinominal()).isZero());
		}
	}

	@Provide
	Arbitrary<ListCase> listCases() {
		Arbitrary<Integer> plurinominal = Arbitraries.integers().between(0, 8);
		Arbitrary<List<Long>> fewVotes = Arbitraries.longs().between(0, 4).list().ofSize(PARTIES.size());
		Arbitrary<List<Long>> manyVotes = Arbitraries.longs().between(0, 100_000).list().ofSize(PARTIES.size());
		Arbitrary<Map<String, Long>> votes = Arbitraries.frequencyOf(Tuple.of(3, fewVotes), Tuple.of(1, manyVotes))
			.map((counts) -> {
				Map<String, Long> byParty = new TreeMap<>();
				for (int i = 0; i < PARTIES.size(); i++) {
					byParty.put(PARTIES.get(i), counts.get(i));
				}
				return byParty;
			});
		Arbitrary<Map<String, Integer>> wins = Arbitraries.of(PARTIES).list().ofMaxSize(8).map((winners) -> {
			Map<String, Integer> byParty = new TreeMap<>();
			winners.forEach((party) -> byParty.merge(party, 1, Integer::sum));
			return byParty;
		});
		Arbitrary<Set<String>> participants = Arbitraries.of(PARTIES).set().ofMinSize(2);
		return Combinators.combine(plurinominal, votes, wins, participants).as(ListCase::new);
	}

	@Provide
	Arbitrary<Map<String, Long>> nationalVotes() {
		return Arbitraries.longs().between(0, 1000).list().ofSize(PARTIES.size()).map((counts) -> {
			Map<String, Long> byParty = new TreeMap<>();
			for (int i = 0; i < PARTIES.size(); i++) {
				byParty.put(PARTIES.get(i), counts.get(i));
			}
			return byParty;
		});
	}

	@Provide
	Arbitrary<List<DeputiesDepartmentCount>> departments() {
		Arbitrary<ConstituencyResult> constituency = Arbitraries.frequencyOf(
				Tuple.of(8, Arbitraries.of("A", "B", "C", "D", "E", "APG").map((p) -> won(p))),
				Tuple.of(1, Arbitraries.just(ConstituencyResult.pending(0))),
				Tuple.of(1, Arbitraries.of(PARTIES).set().ofSize(2).map((p) -> ConstituencyResult.tied(0, p))));
		Arbitrary<DeputiesDepartmentCount> department = Combinators
			.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5),
					Arbitraries.integers().between(0, 1), listCases(), constituency.list().ofSize(6))
			.as((u, p, s, list, results) -> new DeputiesDepartmentCount(0, new DeputySeatPlan(u, p, s), list.votes(),
					results.subList(0, u), results.subList(5, 5 + s)));
		return department.list().ofMinSize(1).ofMaxSize(4).map((list) -> {
			List<DeputiesDepartmentCount> numbered = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				DeputiesDepartmentCount d = list.get(i);
				numbered.add(new DeputiesDepartmentCount(i + 1, d.plan(), d.presidentialVotes(), d.uninominal(),
						d.special()));
			}
			return numbered;
		});
	}

	private static ConstituencyResult won(String party) {
		return ConstituencyResult.won(0, party);
	}

	record ListCase(int plurinominal, Map<String, Long> votes, Map<String, Integer> wins, Set<String> participants) {

		ListSeats allocate() {
			return PlurinominalSeats.allocate(this.plurinominal, this.votes, this.wins, this.participants);
		}

	}

	/**
	 * Steps 2 to 5 removing a single party in overhang per round (the one with the
	 * earliest code); null when a tie or a lack of votes makes the case unfit for the
	 * comparison.
	 */
	private record OneAtATime(Map<String, Integer> listSeats) {

		static OneAtATime allocate(ListCase list) {
			Set<String> sharing = new TreeSet<>(list.participants());
			int shared = list.plurinominal() + sharing.stream().mapToInt((p) -> list.wins().getOrDefault(p, 0)).sum();
			while (true) {
				Map<String, Long> votes = new TreeMap<>();
				sharing.forEach((party) -> votes.put(party, list.votes().getOrDefault(party, 0L)));
				if (shared > 0 && VoteCounts.total(votes) == 0) {
					return null;
				}
				DHondtAllocation allocation = DHondt.allocate(shared, votes);
				if (allocation.tie()) {
					return null;
				}
				String over = sharing.stream()
					.filter((party) -> list.wins().getOrDefault(party, 0) > allocation.seatsOf(party))
					.findFirst()
					.orElse(null);
				if (over == null) {
					Map<String, Integer> seats = new TreeMap<>();
					sharing.forEach((party) -> seats.put(party,
							allocation.seatsOf(party) - list.wins().getOrDefault(party, 0)));
					return new OneAtATime(seats);
				}
				sharing.remove(over);
				shared -= list.wins().getOrDefault(over, 0);
			}
		}

	}

}
