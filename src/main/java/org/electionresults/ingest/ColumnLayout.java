package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A header resolved once: which cell position holds which column. Rows are then read by
 * position, whatever the order of the columns in the file.
 * <p>
 * A mixed CSV may give all its rows the 31-column layout's header and still carry 39-field
 * special-ballot rows (or the reverse). For that case a layout knows its positional
 * counterpart: the {@linkplain #specialVariant() special variant} of a 31-column header reads
 * its constituency column as CIRCUNSCRIPCION_ESPECIAL and has the organisation columns right
 * after the last party column, as in the export's special layout.
 */
final class ColumnLayout {

	/** {@link #columnAt} of a header cell that is empty. */
	private static final int BLANK = -1;

	/** {@link #columnAt} of a header cell that names no known column. */
	private static final int UNKNOWN = -2;

	/** How many unknown column names a layout remembers for the warning. */
	private static final int MAX_UNKNOWN_NAMES = 20;

	private final int width;

	private final int namedWidth;

	private final int[] columnAt;

	private final int[] positionOf;

	private final List<String> unknownNames;

	private final List<String> duplicateNames;

	private final @Nullable ColumnLayout specialVariant;

	private final @Nullable ColumnLayout standardVariant;

	private ColumnLayout(ColumnCatalog catalog, int width, int[] columnAt, List<String> unknownNames,
			List<String> duplicateNames, boolean withVariants) {
		this.width = width;
		this.columnAt = columnAt;
		this.positionOf = new int[catalog.size()];
		Arrays.fill(this.positionOf, -1);
		int lastNamed = -1;
		for (int position = 0; position < columnAt.length; position++) {
			int id = columnAt[position];
			if (id >= 0 && this.positionOf[id] < 0) {
				this.positionOf[id] = position;
			}
			if (id != BLANK) {
				lastNamed = position;
			}
		}
		this.namedWidth = lastNamed + 1;
		this.unknownNames = unknownNames;
		this.duplicateNames = duplicateNames;
		this.specialVariant = withVariants ? specialVariant(catalog) : null;
		this.standardVariant = withVariants ? standardVariant(catalog) : null;
	}

	/** The layout a header row describes. */
	static ColumnLayout of(ColumnCatalog catalog, RawRow header) {
		int width = header.count();
		int[] columnAt = new int[Math.min(width, RawRow.MAX_CELLS)];
		boolean[] seen = new boolean[catalog.size()];
		List<String> unknown = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		for (int position = 0; position < columnAt.length; position++) {
			String name = header.cell(position);
			int id = name.isEmpty() ? BLANK : catalog.idOf(name);
			if (id < 0 && !name.isEmpty()) {
				id = UNKNOWN;
				if (unknown.size() < MAX_UNKNOWN_NAMES) {
					unknown.add(ProblemLog.excerpt(name));
				}
				else if (unknown.size() == MAX_UNKNOWN_NAMES) {
					unknown.add("…");
				}
			}
			columnAt[position] = id;
			if (id < 0) {
				continue;
			}
			if (seen[id]) {
				duplicates.add(catalog.name(id));
			}
			seen[id] = true;
		}
		return new ColumnLayout(catalog, width, columnAt, List.copyOf(unknown), List.copyOf(duplicates), true);
	}

	/** Number of cells of the header, hence of a well-formed row. */
	int width() {
		return this.width;
	}

	/**
	 * Number of cells up to the header's last non-empty one: a row may stop there when the
	 * header ends with empty cells (trailing delimiters).
	 */
	int namedWidth() {
		return this.namedWidth;
	}

	/** The cell position of a column, or -1 when the header does not have it. */
	int position(int columnId) {
		return this.positionOf[columnId];
	}

	int position(TallyColumn column) {
		return this.positionOf[column.id()];
	}

	boolean has(int columnId) {
		return this.positionOf[columnId] >= 0;
	}

	boolean has(TallyColumn column) {
		return has(column.id());
	}

	/** Header cells that name no known column, for one warning. */
	List<String> unknownNames() {
		return this.unknownNames;
	}

	/** Columns named more than once. */
	List<String> duplicateNames() {
		return this.duplicateNames;
	}

	/** Whether the header has the uninominal (31-column) layout's constituency column. */
	boolean uninominalLayout() {
		return has(TallyColumn.CIRCUNSCRIPCION_UNINOMINAL) || !has(TallyColumn.CIRCUNSCRIPCION_ESPECIAL);
	}

	/** Whether the header has the special (39-column) layout's constituency column. */
	boolean specialLayout() {
		return has(TallyColumn.CIRCUNSCRIPCION_ESPECIAL);
	}

	/** Required columns that the header does not have, as column ids. */
	List<Integer> missingRequired(ColumnCatalog catalog, boolean ballotFromSheet) {
		return catalog.requiredIds(uninominalLayout(), specialLayout(), ballotFromSheet)
			.stream()
			.filter((id) -> !has(id))
			.toList();
	}

	/**
	 * Whether this header is a tally file's header at all: at least half of the required
	 * columns. Below that the file is something else (and listing 30 missing columns would not
	 * help anyone); above it, each missing column is worth an error of its own.
	 */
	boolean looksLikeTallyHeader(ColumnCatalog catalog, boolean ballotFromSheet) {
		List<Integer> required = catalog.requiredIds(uninominalLayout(), specialLayout(), ballotFromSheet);
		long present = required.stream().filter(this::has).count();
		return present * 2 >= required.size();
	}

	/** The positional layout of 39-field special rows under this 31-column header, if any. */
	@Nullable ColumnLayout specialVariant() {
		return this.specialVariant;
	}

	/** The positional layout of 31-field rows under this special-layout header, if any. */
	@Nullable ColumnLayout standardVariant() {
		return this.standardVariant;
	}

	private @Nullable ColumnLayout specialVariant(ColumnCatalog catalog) {
		int uninominal = TallyColumn.CIRCUNSCRIPCION_UNINOMINAL.id();
		int[] organisations = catalog.organisationIds();
		if (!has(uninominal) || has(TallyColumn.CIRCUNSCRIPCION_ESPECIAL) || organisations.length == 0
				|| Arrays.stream(organisations).anyMatch(this::has)) {
			return null;
		}
		int lastParty = -1;
		for (int position = 0; position < this.columnAt.length; position++) {
			if (this.columnAt[position] >= 0 && catalog.isParty(this.columnAt[position])) {
				lastParty = position;
			}
		}
		if (lastParty < 0 || this.width != this.columnAt.length) {
			return null;
		}
		int[] columns = new int[this.columnAt.length + organisations.length];
		int to = 0;
		for (int position = 0; position < this.columnAt.length; position++) {
			int id = this.columnAt[position];
			columns[to++] = (id == uninominal) ? TallyColumn.CIRCUNSCRIPCION_ESPECIAL.id() : id;
			if (position == lastParty) {
				for (int organisation : organisations) {
					columns[to++] = organisation;
				}
			}
		}
		return new ColumnLayout(catalog, columns.length, columns, List.of(), List.of(), false);
	}

	private @Nullable ColumnLayout standardVariant(ColumnCatalog catalog) {
		int special = TallyColumn.CIRCUNSCRIPCION_ESPECIAL.id();
		int[] organisations = catalog.organisationIds();
		if (!has(special) || has(TallyColumn.CIRCUNSCRIPCION_UNINOMINAL) || organisations.length == 0
				|| !Arrays.stream(organisations).allMatch(this::has) || this.width != this.columnAt.length) {
			return null;
		}
		int[] columns = Arrays.stream(this.columnAt)
			.filter((id) -> Arrays.stream(organisations).noneMatch((organisation) -> organisation == id))
			.map((id) -> (id == special) ? TallyColumn.CIRCUNSCRIPCION_UNINOMINAL.id() : id)
			.toArray();
		return new ColumnLayout(catalog, columns.length, columns, List.of(), List.of(), false);
	}

}
