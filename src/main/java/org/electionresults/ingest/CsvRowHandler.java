package org.electionresults.ingest;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * Receives FastCSV's fields straight into a reused {@link RawRow}, trimming the padding of the
 * export's text columns on the way, and remembers where the current record started so that a
 * syntax error can be reported at its line, and whether a quoted field spans lines.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<RawRow> {

	private final RawRow row = new RawRow();

	@Override
	protected void handleBegin(long startingLineNumber) {
		this.row.reset((int) Math.min(startingLineNumber, Integer.MAX_VALUE));
	}

	@Override
	protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
		this.row.add(buf, offset, len);
		if (quoted && containsLineBreak(buf, offset, len)) {
			this.row.quotedLineBreak();
		}
	}

	private static boolean containsLineBreak(char[] buf, int offset, int len) {
		for (int i = offset; i < offset + len; i++) {
			if (buf[i] == '\n' || buf[i] == '\r') {
				return true;
			}
		}
		return false;
	}

	@Override
	protected RawRow buildRecord() {
		return this.row;
	}

	/** Line where the record being read (or that failed) starts. */
	int currentLine() {
		return this.row.line();
	}

}
