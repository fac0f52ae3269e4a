package org.electionresults.ingest;

import java.util.Arrays;

/**
 * The cells of one line (CSV) or sheet row (XLSX) before they mean anything, trimmed. One
 * instance is refilled for every row so that reading does not allocate per row beyond the cell
 * strings themselves.
 * <p>
 * Garbage input (a binary file, a quote that is never closed) can produce absurd rows, so a
 * row keeps at most {@link #MAX_CELLS} cells of at most {@link #MAX_CELL_LENGTH} characters:
 * enough to see that it is wrong, while {@link #count()} still counts every cell.
 */
final class RawRow {

	static final int MAX_CELLS = 1024;

	static final int MAX_CELL_LENGTH = 1000;

	private String[] cells = new String[64];

	private int line;

	private int count;

	private boolean quotedLineBreak;

	void reset(int line) {
		this.line = line;
		this.count = 0;
		this.quotedLineBreak = false;
	}

	/** Notes that a quoted cell of this row spans lines. */
	void quotedLineBreak() {
		this.quotedLineBreak = true;
	}

	/**
	 * Whether a quoted cell of this row spans lines: legitimate in a name, but in a row whose
	 * cells do not match the header it means a quote that was never closed swallowed the lines
	 * after it.
	 */
	boolean hasQuotedLineBreak() {
		return this.quotedLineBreak;
	}

	void add(char[] buffer, int offset, int length) {
		int start = offset;
		int end = offset + length;
		while (start < end && buffer[start] <= ' ') {
			start++;
		}
		while (end > start && buffer[end - 1] <= ' ') {
			end--;
		}
		if (store()) {
			int kept = Math.min(end - start, MAX_CELL_LENGTH);
			this.cells[this.count] = (kept == 0) ? "" : new String(buffer, start, kept);
		}
		this.count++;
	}

	void add(String cell) {
		String trimmed = cell.trim();
		if (store()) {
			this.cells[this.count] = (trimmed.length() > MAX_CELL_LENGTH) ? trimmed.substring(0, MAX_CELL_LENGTH)
					: trimmed;
		}
		this.count++;
	}

	private boolean store() {
		if (this.count >= MAX_CELLS) {
			return false;
		}
		if (this.count == this.cells.length) {
			this.cells = Arrays.copyOf(this.cells, Math.min(this.cells.length * 2, MAX_CELLS));
		}
		return true;
	}

	int line() {
		return this.line;
	}

	/** Number of cells in the row, including any beyond {@link #MAX_CELLS}. */
	int count() {
		return this.count;
	}

	/** The trimmed cell at a position, {@code ""} if the row has no such cell. */
	String cell(int position) {
		return (position < this.count && position < MAX_CELLS) ? this.cells[position] : "";
	}

	boolean isBlank() {
		return isBlank(0, this.count);
	}

	/** Whether the cells from {@code from} (inclusive) to {@code to} (exclusive) are all empty. */
	boolean isBlank(int from, int to) {
		if (to > MAX_CELLS && this.count > MAX_CELLS) {
			// Cells that were not kept may hold anything.
			return false;
		}
		int end = Math.min(to, Math.min(this.count, MAX_CELLS));
		for (int i = from; i < end; i++) {
			if (!this.cells[i].isEmpty()) {
				return false;
			}
		}
		return true;
	}

}
