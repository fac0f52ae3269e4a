package org.electionresults.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes small XLSX tally files for tests, like the spreadsheet export: one sheet per ballot,
 * every number a float.
 */
final class TallyWorkbook {

	private final List<SheetContent> sheets = new ArrayList<>();

	TallyWorkbook sheet(String name, List<String> header, Acta... rows) {
		List<List<Object>> cells = new ArrayList<>();
		cells.add(new ArrayList<>(header));
		for (Acta row : rows) {
			cells.add(row.fields(header).stream().map(TallyWorkbook::asStored).toList());
		}
		this.sheets.add(new SheetContent(name, cells));
		return this;
	}

	/** A sheet of the cells of CSV lines, numbers stored as floats as in the export. */
	TallyWorkbook csvSheet(String name, List<List<String>> lines) {
		List<List<Object>> cells = new ArrayList<>();
		for (List<String> line : lines) {
			cells.add(line.stream().map(TallyWorkbook::asStored).toList());
		}
		this.sheets.add(new SheetContent(name, cells));
		return this;
	}

	/** A sheet of arbitrary cells: strings, numbers, or {@code null} for no cell. */
	TallyWorkbook sheet(String name, List<List<Object>> rows) {
		this.sheets.add(new SheetContent(name, rows));
		return this;
	}

	Path write(Path file) {
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "election-results-tests", "1.0");
			for (SheetContent sheet : this.sheets) {
				Worksheet worksheet = workbook.newWorksheet(sheet.name());
				for (int r = 0; r < sheet.rows().size(); r++) {
					List<Object> row = sheet.rows().get(r);
					for (int c = 0; c < row.size(); c++) {
						Object value = row.get(c);
						if (value instanceof Number number) {
							worksheet.value(r, c, number);
						}
						else if (value != null) {
							worksheet.value(r, c, value.toString());
						}
					}
				}
			}
			workbook.finish();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bytes of the workbook file. */
	byte[] bytes() {
		try {
			Path file = Files.createTempFile("tallies", ".xlsx");
			try {
				return Files.readAllBytes(write(file));
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Numbers as the export stores them: floats. */
	private static Object asStored(String cell) {
		if (!cell.isEmpty() && cell.chars().allMatch(Character::isDigit)) {
			return Double.parseDouble(cell);
		}
		return cell.isEmpty() ? null : cell;
	}

	private record SheetContent(String name, List<List<Object>> rows) {
	}

}
