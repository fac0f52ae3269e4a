package org.electionresults.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.electionresults.election.Ballot;
import org.jspecify.annotations.Nullable;

/**
 * Streams the spreadsheet version of the export, one sheet after the other (the export has one
 * per ballot: {@code Presidente}, {@code Diputado Uninominal}, {@code Diputado Especial}).
 * Problems carry the sheet name and the sheet's row number.
 * <p>
 * Everything fastexcel throws is treated as a damaged file: the file was readable on disk, so a
 * failure inside the workbook is about its content. Only calls into the library are guarded,
 * so that an exception thrown by the caller's sink is not mistaken for one.
 */
final class XlsxTallySource {

	/** No cell formats (not needed), and a malformed number is an error cell, not an exception. */
	private static final ReadingOptions OPTIONS = new ReadingOptions(false, true);

	/** Digits a number in scientific notation may expand to. */
	private static final int MAX_PLAIN_DIGITS = 100;

	private XlsxTallySource() {
	}

	static FileFormat read(Path file, TallyReading reading) {
		ReadableWorkbook workbook = null;
		try {
			List<Sheet> sheets;
			try {
				workbook = new ReadableWorkbook(file.toFile(), OPTIONS);
				sheets = workbook.getSheets().toList();
			}
			catch (IOException | RuntimeException ex) {
				reading.fileProblem(ProblemCode.UNREADABLE_SPREADSHEET, null);
				return FileFormat.xlsx();
			}
			List<String> ignoredSheets = new ArrayList<>();
			for (Sheet sheet : sheets) {
				SheetOutcome outcome = readSheet(sheet, reading);
				if (outcome == SheetOutcome.NOT_A_TALLY) {
					ignoredSheets.add(sheet.getName());
				}
				else if (outcome == SheetOutcome.UNREADABLE) {
					return FileFormat.xlsx();
				}
			}
			if (!reading.hasTallyHeader()) {
				reading.fileProblem(ProblemCode.NOT_A_TALLY_FILE, null);
			}
			else {
				// Only worth a word when other sheets were read: a notes sheet next to the data.
				for (String ignored : ignoredSheets) {
					reading.problems().report(ProblemCode.SHEET_IGNORED, 0, ignored, null, ignored);
				}
			}
			return FileFormat.xlsx();
		}
		finally {
			if (workbook != null) {
				closeQuietly(workbook);
			}
		}
	}

	private static SheetOutcome readSheet(Sheet sheet, TallyReading reading) {
		String name = sheet.getName();
		TallyTable table = new TallyTable(reading, name, sheetBallot(name), true);
		RawRow raw = new RawRow();
		Stream<Row> stream = null;
		try {
			Iterator<Row> rows;
			try {
				stream = sheet.openStream();
				rows = stream.iterator();
			}
			catch (IOException | RuntimeException ex) {
				reading.fileProblem(ProblemCode.UNREADABLE_SPREADSHEET, name);
				return SheetOutcome.UNREADABLE;
			}
			while (true) {
				Row row;
				try {
					if (!rows.hasNext()) {
						break;
					}
					row = rows.next();
					fill(raw, row);
				}
				catch (RuntimeException ex) {
					reading.fileProblem(ProblemCode.UNREADABLE_SPREADSHEET, name);
					return SheetOutcome.UNREADABLE;
				}
				if (!table.offer(raw)) {
					return SheetOutcome.NOT_A_TALLY;
				}
			}
			return table.started() ? SheetOutcome.READ : SheetOutcome.EMPTY;
		}
		finally {
			if (stream != null) {
				closeQuietly(stream);
			}
		}
	}

	private static void fill(RawRow raw, Row row) {
		raw.reset(row.getRowNum());
		int count = row.getCellCount();
		for (int i = 0; i < count; i++) {
			raw.add(text(row.getCell(i)));
		}
	}

	/**
	 * A cell as the text a CSV export would have: numbers as stored ({@code 1001.0}, read like
	 * any float-looking count), the cached value of formulas.
	 */
	private static String text(@Nullable Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		String raw = cell.getRawValue();
		if (raw == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER && (raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0)) {
			// Large floats are stored in scientific notation. An absurd exponent stays as it is
			// (and is reported as not a count) rather than being expanded into a huge string.
			try {
				BigDecimal number = new BigDecimal(raw);
				boolean bounded = Math.abs((long) number.precision() - number.scale()) <= MAX_PLAIN_DIGITS
						&& Math.abs((long) number.scale()) <= MAX_PLAIN_DIGITS;
				return bounded ? number.toPlainString() : raw;
			}
			catch (NumberFormatException ex) {
				return raw;
			}
		}
		return raw;
	}

	/**
	 * The ballot a sheet stands for, by the export's sheet names or the CANDIDATURA names.
	 */
	static @Nullable Ballot sheetBallot(String sheetName) {
		String name = HeaderName.normalize(sheetName);
		return switch (name) {
			case "PRESIDENTE" -> Ballot.PRESIDENT;
			case "DIPUTADOUNINOMINAL" -> Ballot.UNINOMINAL;
			case "DIPUTADOESPECIAL" -> Ballot.SPECIAL;
			default -> Optional.of(sheetName).flatMap(Ballot::fromExportName).orElse(null);
		};
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Closing a workbook only read from: nothing is lost.
		}
	}

	private enum SheetOutcome {

		READ, EMPTY, NOT_A_TALLY, UNREADABLE

	}

}
