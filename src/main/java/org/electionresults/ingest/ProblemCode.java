package org.electionresults.ingest;

/**
 * Every problem the reader reports. The message key is {@code ingest.error.<name>} or
 * {@code ingest.warning.<name>}; {@code arity} is the number of message arguments, checked
 * when reporting so that a message never shows a raw <code>{2}</code>.
 */
enum ProblemCode {

	// The whole file (line 0). Their messages are complete sentences, not prefixed by a location.

	EMPTY_FILE(Severity.ERROR, "empty-file", 1),

	NOT_A_TALLY_FILE(Severity.ERROR, "not-a-tally-file", 1),

	UNSUPPORTED_SPREADSHEET(Severity.ERROR, "unsupported-spreadsheet", 1),

	UNSUPPORTED_ENCODING(Severity.ERROR, "unsupported-encoding", 1),

	UNREADABLE_SPREADSHEET(Severity.ERROR, "unreadable-spreadsheet", 1),

	NO_ROWS(Severity.ERROR, "no-rows", 1),

	SHEET_IGNORED(Severity.WARNING, "sheet-ignored", 1),

	// A header line.

	MISSING_COLUMN(Severity.ERROR, "missing-column", 1),

	DUPLICATE_COLUMN(Severity.ERROR, "duplicate-column", 1),

	UNRECOGNISED_HEADER(Severity.ERROR, "unrecognised-header", 0),

	UNKNOWN_COLUMNS(Severity.WARNING, "unknown-columns", 1),

	// A data line. Messages follow "Line N, column X:" and start in lower case.

	CSV_SYNTAX(Severity.ERROR, "csv-syntax", 0),

	MIXED_ENCODING(Severity.ERROR, "mixed-encoding", 3),

	WRONG_FIELD_COUNT(Severity.ERROR, "wrong-field-count", 2),

	MISSING_VALUE(Severity.ERROR, "missing-value", 0),

	NOT_A_NUMBER(Severity.ERROR, "not-a-number", 1),

	NOT_A_WHOLE_NUMBER(Severity.ERROR, "not-a-whole-number", 1),

	AMBIGUOUS_NUMBER(Severity.ERROR, "ambiguous-number", 1),

	NEGATIVE_NUMBER(Severity.ERROR, "negative-number", 1),

	NUMBER_TOO_LARGE(Severity.ERROR, "number-too-large", 1),

	TEXT_TOO_LONG(Severity.ERROR, "text-too-long", 1),

	INVALID_CHARACTER(Severity.ERROR, "invalid-character", 0),

	UNKNOWN_BALLOT(Severity.ERROR, "unknown-ballot", 1),

	BALLOT_DIFFERS_FROM_SHEET(Severity.ERROR, "ballot-differs-from-sheet", 2),

	BALLOT_COLUMNS_MISSING(Severity.ERROR, "ballot-columns-missing", 2),

	MESA_CODE_NOT_POSITIVE(Severity.ERROR, "mesa-code-not-positive", 0),

	SUM_MISMATCH(Severity.ERROR, "sum-mismatch", 2),

	EMITTED_MISMATCH(Severity.ERROR, "emitted-mismatch", 5),

	EMITTED_ABOVE_REGISTERED(Severity.ERROR, "emitted-above-registered", 2),

	DEPARTMENT_UNKNOWN(Severity.ERROR, "department-unknown", 1),

	UNINOMINAL_OUTSIDE_DEPARTMENT(Severity.ERROR, "uninominal-outside-department", 4),

	SPECIAL_NOT_IN_DEPARTMENT(Severity.ERROR, "special-not-in-department", 2),

	SPECIAL_WRONG_CONSTITUENCY(Severity.ERROR, "special-wrong-constituency", 3),

	ABROAD_NOT_PRESIDENT(Severity.ERROR, "abroad-not-president", 2),

	CONSTITUENCY_NOT_APPLICABLE(Severity.ERROR, "constituency-not-applicable", 2),

	VOTES_OFF_BALLOT(Severity.ERROR, "votes-off-ballot", 3),

	NO_VOTES_CAST(Severity.WARNING, "no-votes-cast", 0),

	TURNOUT_ABOVE_99(Severity.WARNING, "turnout-above-99", 2),

	WITHDRAWN_PARTY_VOTES(Severity.WARNING, "withdrawn-party-votes", 2),

	PRESIDENTIAL_CONSTITUENCY_IGNORED(Severity.WARNING, "presidential-constituency-ignored", 1),

	SYSTEM_TOTAL_MISMATCH(Severity.WARNING, "system-total-mismatch", 3);

	private final Severity severity;

	private final String key;

	private final int arity;

	ProblemCode(Severity severity, String name, int arity) {
		this.severity = severity;
		this.key = ((severity == Severity.ERROR) ? "ingest.error." : "ingest.warning.") + name;
		this.arity = arity;
	}

	Severity severity() {
		return this.severity;
	}

	String key() {
		return this.key;
	}

	int arity() {
		return this.arity;
	}

	enum Severity {

		ERROR, WARNING

	}

}
