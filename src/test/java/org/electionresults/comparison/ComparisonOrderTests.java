package org.electionresults.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.electionresults.results.Share;
import org.junit.jupiter.api.Test;

/** Sorting the comparison table: exact, missing values last, unknown columns refused. */
class ComparisonOrderTests {

	static final Map<Integer, String> DEPARTMENTS = Map.of(1, "Chuquisaca", 2, "La Paz");

	@Test
	void sortsBySwingExactlyWithAreasWithout2020Last() {
		// 1/3 - 1/3 = 0 exactly, 33333/100000 - 1/3 is slightly negative: rounded both show 0.00
		AreaComparison zero = area("Zero", 2, Share.of(1, 3), Share.of(1, 3));
		AreaComparison slightlyDown = area("Slightly", 1, Share.of(1, 3), Share.of(33333, 100000));
		AreaComparison up = area("Up", 1, Share.of(1, 4), Share.of(1, 2));
		AreaComparison none = area("None", 1, Share.of(1, 4), null);
		ComparisonOrder ascending = ComparisonOrder.parse("swing-MAS_IPSP", "asc").orElseThrow();
		ComparisonOrder descending = ComparisonOrder.parse("swing-MAS_IPSP", "desc").orElseThrow();
		assertThat(List.of(none, up, zero, slightlyDown).stream().sorted(ascending.comparator(DEPARTMENTS)))
			.containsExactly(slightlyDown, zero, up, none);
		assertThat(List.of(none, slightlyDown, zero, up).stream().sorted(descending.comparator(DEPARTMENTS)))
			.containsExactly(up, zero, slightlyDown, none);
		assertThat(slightlyDown.party("MAS_IPSP").orElseThrow().swing().points()).isEqualByComparingTo("0.00");
	}

	@Test
	void sortsByNameAndDepartmentInSpanishOrder() {
		AreaComparison a = area("Ánimas", 2, Share.of(1, 2), null);
		AreaComparison b = area("Bermejo", 1, Share.of(1, 2), null);
		AreaComparison c = area("Colcha", 2, Share.of(1, 2), null);
		assertThat(List.of(c, b, a).stream().sorted(ComparisonOrder.DEFAULT.comparator(DEPARTMENTS)))
			.containsExactly(a, b, c);
		assertThat(List.of(c, b, a).stream()
			.sorted(ComparisonOrder.parse("department", "desc").orElseThrow().comparator(DEPARTMENTS)))
			.containsExactly(a, c, b);
	}

	@Test
	void refusesWhatIsNotAColumnOrADirection() {
		assertThat(ComparisonOrder.parse("swing-CREEMOS", "asc")).isEmpty();
		assertThat(ComparisonOrder.parse("share2021-CC", "asc")).isEmpty();
		assertThat(ComparisonOrder.parse("name", "sideways")).isEmpty();
		assertThat(ComparisonOrder.parse("'; DROP TABLE mesa; --", "asc")).isEmpty();
		assertThat(ComparisonOrder.parse("turnout2020", "desc")).isPresent();
		assertThat(ComparisonOrder.parse("coverage", "asc")).isPresent();
		assertThat(ComparisonOrder.parse("share2020-PAN_BOL", "asc")).isPresent();
	}

	@Test
	void aSwingIsTheExactDifferenceRoundedOnce() {
		// 2/3 - 1/3 = 33.333... points; 0.5 - 0.33335 = 16.665 points exactly, rounded half up
		assertThat(Swing.between(Share.of(1, 3), Share.of(2, 3)).points()).isEqualByComparingTo("33.33");
		assertThat(Swing.between(Share.of(33335, 100000), Share.of(1, 2)).points()).isEqualByComparingTo("16.67");
		assertThat(Swing.between(Share.of(1, 2), Share.of(33335, 100000)).points()).isEqualByComparingTo("-16.67");
		assertThat(Swing.between(Share.of(1, 2), Share.of(2, 4)).signum()).isZero();
	}

	private static AreaComparison area(String name, int department, Share before, Share after) {
		PartyComparison party = new PartyComparison("MAS_IPSP", "MAS-IPSP", "#000000", before, after,
				(after != null) ? Swing.between(before, after) : null);
		return new AreaComparison(ComparisonLevel.MUNICIPALITY, "32:" + department + ":1:1", name, department,
				(after != null) ? 1 : 0, 10, Share.of(1, 2), (after != null) ? Share.of(1, 2) : null, List.of(party));
	}

}
