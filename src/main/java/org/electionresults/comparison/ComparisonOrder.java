package org.electionresults.comparison;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

/**
 * An order of comparison rows by one column, exact (shares and swings are compared as fractions),
 * with areas lacking the value (no 2020 acta yet) always last. Columns: {@code name},
 * {@code department}, {@code coverage}, {@code turnout2019}, {@code turnout2020}, and per party
 * {@code share2019-CODE}, {@code share2020-CODE}, {@code swing-CODE}. Anything else is not an order.
 *
 * @param column the column
 * @param descending largest first
 */
public record ComparisonOrder(String column, boolean descending) {

	public static final ComparisonOrder DEFAULT = new ComparisonOrder("name", false);

	private static final Comparator<Share> EXACT = (a, b) -> Long.compare(Math.multiplyExact(a.part(), b.whole()),
			Math.multiplyExact(b.part(), a.whole()));

	/** The order a request asks for, or empty if the column or direction is not one. */
	public static Optional<ComparisonOrder> parse(String column, String direction) {
		boolean descending;
		if ("asc".equals(direction)) {
			descending = false;
		}
		else if ("desc".equals(direction)) {
			descending = true;
		}
		else {
			return Optional.empty();
		}
		ComparisonOrder order = new ComparisonOrder(column, descending);
		return (order.key() != null || isName(column)) ? Optional.of(order) : Optional.empty();
	}

	/** The order of rows; {@code departments} names departments by id, for the department column. */
	public Comparator<AreaComparison> comparator(Map<Integer, String> departments) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("es"));
		Comparator<AreaComparison> byName = Comparator.comparing(AreaComparison::name, collator);
		Comparator<AreaComparison> order;
		if (this.column.equals("name")) {
			order = direct(byName);
		}
		else if (this.column.equals("department")) {
			Comparator<AreaComparison> byDepartment = Comparator.comparing(
					(row) -> departments.getOrDefault(row.departmentId(), ""), collator);
			order = direct(byDepartment).thenComparing(byName);
		}
		else {
			Function<AreaComparison, @Nullable Comparable<Object>> key = key();
			order = (a, b) -> {
				Comparable<Object> x = key.apply(a);
				Comparable<Object> y = key.apply(b);
				if (x == null || y == null) {
					return (x == null) ? ((y == null) ? 0 : 1) : -1;
				}
				return this.descending ? y.compareTo(x) : x.compareTo(y);
			};
			order = order.thenComparing(byName);
		}
		return order;
	}

	private Comparator<AreaComparison> direct(Comparator<AreaComparison> comparator) {
		return this.descending ? comparator.reversed() : comparator;
	}

	private static boolean isName(String column) {
		return column.equals("name") || column.equals("department");
	}

	/** The value a numeric column sorts by, {@code null} when missing; {@code null} function if not one. */
	@SuppressWarnings("unchecked")
	private @Nullable Function<AreaComparison, @Nullable Comparable<Object>> key() {
		Function<AreaComparison, @Nullable Object> value = switch (this.column) {
			case "coverage" -> (row) -> (row.expected2020() != null && row.expected2020() > 0) ? exact(row.coverage())
					: null;
			case "turnout2019" -> (row) -> exact(row.turnout2019());
			case "turnout2020" -> (row) -> (row.turnout2020() != null) ? exact(row.turnout2020()) : null;
			default -> partyKey();
		};
		if (value == null) {
			return null;
		}
		return (row) -> (Comparable<Object>) value.apply(row);
	}

	private @Nullable Function<AreaComparison, @Nullable Object> partyKey() {
		int dash = this.column.indexOf('-');
		if (dash < 0) {
			return null;
		}
		String what = this.column.substring(0, dash);
		String party = this.column.substring(dash + 1);
		if (!ComparisonService.PARTIES.contains(party)) {
			return null;
		}
		return switch (what) {
			case "share2019" -> (row) -> row.party(party).map((p) -> exact(p.share2019())).orElse(null);
			case "share2020" -> (row) -> row.party(party)
				.map(PartyComparison::share2020)
				.map(ComparisonOrder::exact)
				.orElse(null);
			case "swing" -> (row) -> row.party(party).map(PartyComparison::swing).orElse(null);
			default -> null;
		};
	}

	/** A share as a comparable exact fraction, {@code null} when its whole is 0. */
	private static @Nullable ExactShare exact(Share share) {
		return (share.whole() > 0) ? new ExactShare(share) : null;
	}

	private record ExactShare(Share share) implements Comparable<ExactShare> {

		@Override
		public int compareTo(ExactShare other) {
			return EXACT.compare(this.share, other.share);
		}

	}

}
