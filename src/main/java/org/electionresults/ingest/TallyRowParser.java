package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.List;

import org.electionresults.election.Ballot;
import org.electionresults.election.DepartmentPlan;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalog.PartyInfo;
import org.electionresults.results.ActaNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Reads one data row against its header and checks it: every broken rule is reported with the
 * row's line and the column concerned, and only a row without errors becomes a
 * {@link TallyRow}.
 * <p>
 * The checks are those of the official acta: the party columns add up to VOTO_VALIDO, valid +
 * blank + null = VOTO_EMITIDO, no more votes than registered voters, and the geography of the
 * ballot (constituency inside its department, only presidential votes abroad). A row that breaks
 * one is an error in the file, never repaired.
 */
final class TallyRowParser {

	/** Longest name kept from a text cell; real names are well under 100 characters. */
	static final int MAX_TEXT_LENGTH = 200;

	/** A count cell that is empty, or a column the header does not have. */
	private static final int ABSENT = -1;

	/** A count cell that was wrong, already reported. */
	private static final int INVALID = -2;

	private final ColumnCatalog columns;

	private final ProblemLog problems;

	private final ElectionCatalog reference;

	private final @Nullable String sheet;

	private final @Nullable Ballot sheetBallot;

	private final boolean trailingCellsOptional;

	private final ColumnLayout header;

	private final BallotNames ballotNames = new BallotNames();

	/** Columns the current row's ballot needs and the header lacks; reused from row to row. */
	private final List<String> missingForBallot = new ArrayList<>();

	/** The row being parsed. */
	private RawRow row = new RawRow();

	/** The layout of the row being parsed: the header's, or one of its variants. */
	private ColumnLayout layout;

	/**
	 * @param sheet sheet name for problems, {@code null} for CSV
	 * @param sheetBallot the ballot a sheet's name stands for, used when the sheet has no
	 * CANDIDATURA column
	 * @param trailingCellsOptional whether a row may stop before the header's last column (a
	 * spreadsheet does not store trailing empty cells; a CSV row that stops early is truncated)
	 * @param header the header the rows are under
	 */
	TallyRowParser(TallyReading reading, @Nullable String sheet, @Nullable Ballot sheetBallot,
			boolean trailingCellsOptional, ColumnLayout header) {
		this.columns = reading.columns();
		this.problems = reading.problems();
		this.reference = reading.reference();
		this.sheet = sheet;
		this.sheetBallot = sheetBallot;
		this.trailingCellsOptional = trailingCellsOptional;
		this.header = header;
		this.layout = header;
	}

	/** The checked row, or {@code null} when it has errors (all of them reported). */
	@Nullable TallyRow parse(RawRow row) {
		this.row = row;
		ColumnLayout rowLayout = layoutFor(row, this.header);
		if (rowLayout == null) {
			// Positions cannot be trusted: checking the cells would only report nonsense.
			if (row.hasQuotedLineBreak()) {
				// A quote opened and never closed: the field ran on over the following lines.
				error(ProblemCode.CSV_SYNTAX, (String) null);
			}
			else {
				error(ProblemCode.WRONG_FIELD_COUNT, (String) null, row.count(), this.header.width());
			}
			return null;
		}
		this.layout = rowLayout;
		int errorsBefore = this.problems.errorCount();

		Ballot ballot = ballot();
		int mesaCode = mesaCode();
		int countryId = count(TallyColumn.ID_PAIS, true);
		String country = text(TallyColumn.PAIS);
		int regionId = count(TallyColumn.ID_DEPARTAMENTO, true);
		String region = text(TallyColumn.DEPARTAMENTO);
		int provinceId = count(TallyColumn.ID_PROVINCIA, true);
		String province = text(TallyColumn.PROVINCIA);
		int section = count(TallyColumn.SECCION, true);
		String municipality = text(TallyColumn.MUNICIPIO);
		int localityId = count(TallyColumn.ID_LOCALIDAD, true);
		String locality = text(TallyColumn.LOCALIDAD);
		int stationId = count(TallyColumn.ID_RECINTO, true);
		String station = text(TallyColumn.RECINTO);
		int number = count(TallyColumn.NUMERO_MESA, true);
		int registered = count(TallyColumn.INSCRITOS_HABILITADOS, true);

		this.missingForBallot.clear();
		int constituency = constituency(ballot);
		int[] votes = new int[this.columns.parties().size()];
		long partySum = partyVotes(ballot, votes);
		if (ballot != null && !this.missingForBallot.isEmpty()) {
			error(ProblemCode.BALLOT_COLUMNS_MISSING, (String) null, ballot.exportName(),
					String.join(", ", this.missingForBallot));
		}

		int valid = count(TallyColumn.VOTO_VALIDO, true);
		int blank = count(TallyColumn.VOTO_BLANCO, true);
		int nullVotes = count(TallyColumn.VOTO_NULO, true);
		int emitted = count(TallyColumn.VOTO_EMITIDO, true);
		int validSystem = count(TallyColumn.VOTO_VALIDO_SISTEMA, false);
		int emittedSystem = count(TallyColumn.VOTO_EMITIDO_SISTEMA, false);

		// The acta's arithmetic, on the numbers that could be read (the others are already errors).
		if (partySum >= 0 && valid >= 0) {
			ActaChecks.sumMismatch(partySum, valid).ifPresent(this::report);
		}
		if (valid >= 0 && blank >= 0 && nullVotes >= 0 && emitted >= 0) {
			ActaChecks.emittedMismatch(valid, blank, nullVotes, emitted).ifPresent(this::report);
		}
		if (emitted >= 0 && registered >= 0) {
			ActaChecks.emittedAboveRegistered(emitted, registered).ifPresent(this::report);
		}
		if (ballot != null && countryId >= 0) {
			checkGeography(ballot, countryId, country, regionId, constituency);
		}

		if (this.problems.errorCount() > errorsBefore || ballot == null) {
			return null;
		}
		validSystem = (validSystem == ABSENT) ? valid : validSystem;
		emittedSystem = (emittedSystem == ABSENT) ? emitted : emittedSystem;
		List<Long> partyVotes = new ArrayList<>(votes.length);
		for (int value : votes) {
			partyVotes.add((long) value);
		}
		ActaNumbers acta = new ActaNumbers(registered, partyVotes, valid, blank, nullVotes, emitted);
		ActaChecks.warnings(ballot, acta, this.columns.parties(), validSystem, emittedSystem).forEach(this::report);
		return new TallyRow(row.line(), mesaCode, ballot, countryId, country, regionId, region, constituency,
				provinceId, province, section, municipality, localityId, locality, stationId, station, number, acta,
				validSystem, emittedSystem);
	}

	/**
	 * The mesa code: a count, but 0 is not a code either, so a negative code gets the message
	 * that says so rather than "must be 0 or more".
	 */
	private int mesaCode() {
		int position = this.layout.position(TallyColumn.CODIGO_MESA);
		if (position >= 0 && CountCell.parse(this.row.cell(position)) == CountCell.NEGATIVE) {
			error(ProblemCode.MESA_CODE_NOT_POSITIVE, TallyColumn.CODIGO_MESA);
			return INVALID;
		}
		int mesaCode = count(TallyColumn.CODIGO_MESA, true);
		if (mesaCode == 0) {
			error(ProblemCode.MESA_CODE_NOT_POSITIVE, TallyColumn.CODIGO_MESA);
		}
		return mesaCode;
	}

	/**
	 * The layout of a row: the header's, unless the row has too many or too few fields for it.
	 * Then it may be a row of the other layout, read positionally; otherwise it is truncated or
	 * has extra fields, and cannot be read.
	 */
	private @Nullable ColumnLayout layoutFor(RawRow row, ColumnLayout header) {
		int count = row.count();
		if (count == header.width()) {
			return header;
		}
		if (count > header.width() && !row.isBlank(header.width(), count)) {
			ColumnLayout special = header.specialVariant();
			boolean specialRow = special != null && fits(special, row) && ballotAt(special, row) == Ballot.SPECIAL;
			return specialRow ? special : null;
		}
		if (count < header.namedWidth() && !this.trailingCellsOptional) {
			ColumnLayout standard = header.standardVariant();
			if (standard != null && fits(standard, row)) {
				Ballot ballot = ballotAt(standard, row);
				return (ballot != null && ballot != Ballot.SPECIAL) ? standard : null;
			}
			return null;
		}
		// Trailing delimiters, as spreadsheet programs write them, on the header or the row.
		return header;
	}

	private static boolean fits(ColumnLayout layout, RawRow row) {
		int count = row.count();
		return count >= layout.namedWidth() && (count <= layout.width() || row.isBlank(layout.width(), count));
	}

	private @Nullable Ballot ballotAt(ColumnLayout layout, RawRow row) {
		int position = layout.position(TallyColumn.CANDIDATURA);
		return (position < 0) ? this.sheetBallot : this.ballotNames.find(row.cell(position));
	}

	private @Nullable Ballot ballot() {
		int position = this.layout.position(TallyColumn.CANDIDATURA);
		if (position < 0) {
			return this.sheetBallot;
		}
		String cell = this.row.cell(position);
		if (cell.isEmpty() && this.sheetBallot != null) {
			return this.sheetBallot;
		}
		Ballot ballot = (cell.length() <= MAX_TEXT_LENGTH) ? this.ballotNames.find(cell) : null;
		if (ballot == null) {
			error(ProblemCode.UNKNOWN_BALLOT, TallyColumn.CANDIDATURA, ProblemLog.excerpt(cell));
		}
		else if (this.sheetBallot != null && ballot != this.sheetBallot) {
			error(ProblemCode.BALLOT_DIFFERS_FROM_SHEET, TallyColumn.CANDIDATURA, ProblemLog.excerpt(cell),
					String.valueOf(this.sheet));
		}
		return ballot;
	}

	/**
	 * The row's constituency, 0 for PRESIDENT. The column of the other ballot layout, when the
	 * header has both, must be empty or 0.
	 */
	private int constituency(@Nullable Ballot ballot) {
		TallyColumn uninominal = TallyColumn.CIRCUNSCRIPCION_UNINOMINAL;
		TallyColumn special = TallyColumn.CIRCUNSCRIPCION_ESPECIAL;
		if (ballot == null) {
			count(uninominal, false);
			count(special, false);
			return 0;
		}
		TallyColumn own = switch (ballot) {
			case PRESIDENT -> null;
			case UNINOMINAL -> uninominal;
			case SPECIAL -> special;
		};
		int constituency = 0;
		for (TallyColumn column : List.of(uninominal, special)) {
			if (column == own) {
				if (!this.layout.has(column)) {
					this.missingForBallot.add(column.name());
				}
				constituency = count(column, true);
			}
			else {
				int value = count(column, false);
				// A row lacking its own constituency column has evidently put it here; the
				// missing column is the error to report then.
				if (value > 0 && ballot == Ballot.PRESIDENT && column == uninominal) {
					// Real exports carry the mesa's uninominal constituency on a few presidential
					// rows; the presidential vote has none, so the number is dropped, not refused.
					warning(ProblemCode.PRESIDENTIAL_CONSTITUENCY_IGNORED, column.name(), value);
				}
				else if (value > 0 && (own == null || this.layout.has(own))) {
					error(ProblemCode.CONSTITUENCY_NOT_APPLICABLE, column, value, ballot.exportName());
				}
			}
		}
		return constituency;
	}

	/**
	 * Reads the party columns into {@code votes}; returns their sum over the ballot's parties, or
	 * -1 when it cannot be known.
	 */
	private long partyVotes(@Nullable Ballot ballot, int[] votes) {
		long sum = (ballot != null) ? 0 : -1;
		for (PartyInfo party : this.columns.parties()) {
			int id = this.columns.partyId(party);
			boolean onBallot = ballot != null && party.standsOn(ballot);
			if (!this.layout.has(id)) {
				if (onBallot) {
					this.missingForBallot.add(party.code());
					sum = -1;
				}
				continue;
			}
			int value = count(id, onBallot);
			if (value < 0) {
				// Empty is fine only in another ballot's column.
				sum = (value == ABSENT && !onBallot) ? sum : -1;
			}
			else if (onBallot) {
				votes[party.position() - 1] = value;
				sum = (sum < 0) ? sum : sum + value;
			}
			else if (value > 0 && ballot != null) {
				error(ProblemCode.VOTES_OFF_BALLOT, party.code(), value, party.code(), ballot.exportName());
			}
		}
		return sum;
	}

	private void checkGeography(Ballot ballot, int countryId, String country, int regionId, int constituency) {
		if (countryId != ElectionCatalog.BOLIVIA) {
			if (ballot != Ballot.PRESIDENT) {
				error(ProblemCode.ABROAD_NOT_PRESIDENT, TallyColumn.ID_PAIS, ProblemLog.excerpt(country),
						ballot.exportName());
			}
			return;
		}
		if (regionId < 0) {
			return;
		}
		DepartmentPlan department = this.reference.department(regionId).orElse(null);
		if (department == null) {
			error(ProblemCode.DEPARTMENT_UNKNOWN, TallyColumn.ID_DEPARTAMENTO, regionId);
			return;
		}
		if (ballot == Ballot.UNINOMINAL && constituency >= 0 && (constituency < department.uninominalFirst()
				|| constituency > department.uninominalLast())) {
			error(ProblemCode.UNINOMINAL_OUTSIDE_DEPARTMENT, TallyColumn.CIRCUNSCRIPCION_UNINOMINAL, constituency,
					department.name(), department.uninominalFirst(), department.uninominalLast());
		}
		if (ballot == Ballot.SPECIAL && constituency >= 0) {
			Integer expected = department.specialConstituency();
			if (expected == null) {
				error(ProblemCode.SPECIAL_NOT_IN_DEPARTMENT, TallyColumn.CIRCUNSCRIPCION_ESPECIAL, constituency,
						department.name());
			}
			else if (expected != constituency) {
				error(ProblemCode.SPECIAL_WRONG_CONSTITUENCY, TallyColumn.CIRCUNSCRIPCION_ESPECIAL, constituency,
						department.name(), expected);
			}
		}
	}


	private int count(TallyColumn column, boolean required) {
		return count(column.id(), required);
	}

	/** A count cell's value, {@link #ABSENT} or {@link #INVALID} (reported). */
	private int count(int columnId, boolean required) {
		int position = this.layout.position(columnId);
		if (position < 0) {
			return ABSENT;
		}
		String cell = this.row.cell(position);
		long value = CountCell.parse(cell);
		if (value >= 0) {
			return (int) value;
		}
		String column = this.columns.name(columnId);
		if (value == CountCell.EMPTY) {
			if (!required) {
				return ABSENT;
			}
			error(ProblemCode.MISSING_VALUE, column);
			return INVALID;
		}
		ProblemCode code;
		if (value == CountCell.NOT_WHOLE) {
			code = ProblemCode.NOT_A_WHOLE_NUMBER;
		}
		else if (value == CountCell.NEGATIVE) {
			code = ProblemCode.NEGATIVE_NUMBER;
		}
		else if (value == CountCell.TOO_LARGE) {
			code = ProblemCode.NUMBER_TOO_LARGE;
		}
		else if (value == CountCell.AMBIGUOUS) {
			code = ProblemCode.AMBIGUOUS_NUMBER;
		}
		else {
			code = ProblemCode.NOT_A_NUMBER;
		}
		error(code, column, ProblemLog.excerpt(cell));
		return INVALID;
	}

	/**
	 * A name, kept verbatim whatever it contains (a formula, markup: escaping is the job of
	 * whoever displays it), but bounded in length and free of NUL, which no database text
	 * column accepts.
	 */
	private String text(TallyColumn column) {
		int position = this.layout.position(column);
		String cell = (position < 0) ? "" : this.row.cell(position);
		if (cell.length() > MAX_TEXT_LENGTH) {
			error(ProblemCode.TEXT_TOO_LONG, column, MAX_TEXT_LENGTH);
		}
		else if (cell.indexOf('\0') >= 0) {
			error(ProblemCode.INVALID_CHARACTER, column);
		}
		return cell;
	}

	private void report(ActaChecks.Finding finding) {
		this.problems.report(finding.code(), this.row.line(), this.sheet, finding.column(), finding.args().toArray());
	}

	private void error(ProblemCode code, TallyColumn column, Object... args) {
		error(code, column.name(), args);
	}

	private void error(ProblemCode code, @Nullable String column, Object... args) {
		this.problems.report(code, this.row.line(), this.sheet, column, args);
	}

	private void warning(ProblemCode code, String column, Object... args) {
		this.problems.report(code, this.row.line(), this.sheet, column, args);
	}

}
