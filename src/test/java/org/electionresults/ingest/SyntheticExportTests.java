package org.electionresults.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport.Layout;
import org.electionresults.ingest.SyntheticExport.Mesa;
import org.electionresults.ingest.SyntheticExport.Row;
import org.electionresults.ingest.SyntheticExport.Totals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

class SyntheticExportTests {

	/** Uninominal constituencies per department, from data/reference/departments.csv. */
	private static final Map<Integer, int[]> UNINOMINAL = Map.of(1, new int[] { 1, 5 }, 2, new int[] { 6, 19 }, 3,
			new int[] { 20, 28 }, 4, new int[] { 29, 32 }, 5, new int[] { 33, 39 }, 6, new int[] { 40, 43 }, 7,
			new int[] { 44, 57 }, 8, new int[] { 58, 61 }, 9, new int[] { 62, 63 });

	private static final Map<Integer, Integer> SPECIAL = Map.of(2, 1, 3, 2, 4, 3, 6, 4, 7, 5, 8, 6, 9, 7);

	private static SyntheticExport.Builder small() {
		return SyntheticExport.builder().mesas(2000).seed(7);
	}

	@Test
	void sameSeedWritesTheSameFile() throws IOException {
		assertThat(bytes(small().build())).isEqualTo(bytes(small().build()));
		assertThat(bytes(small().seed(8).build())).isNotEqualTo(bytes(small().build()));
	}

	@Test
	void everyRowKeepsTheExportInvariants() {
		List<Row> rows = small().build().rows().toList();
		assertThat(rows).isNotEmpty().allSatisfy(SyntheticExportTests::assertInvariants);
	}

	@Test
	void geographyIsConsistent() {
		SyntheticExport export = small().build();
		List<Mesa> mesas = export.mesas().toList();
		assertThat(mesas).hasSize(2000);
		assertThat(mesas).extracting(Mesa::code).doesNotHaveDuplicates().isSorted();
		assertThat(mesas.stream().filter(Mesa::abroad)).isNotEmpty().allSatisfy((mesa) -> {
			assertThat(mesa.countryId()).isNotEqualTo(SyntheticExport.BOLIVIA);
			assertThat(mesa.ballots()).containsExactly(Ballot.PRESIDENT);
			assertThat(mesa.uninominal()).isZero();
		});
		assertThat(mesas.stream().filter((mesa) -> !mesa.abroad())).allSatisfy((mesa) -> {
			int[] range = UNINOMINAL.get(mesa.departmentId());
			assertThat(mesa.uninominal()).isBetween(range[0], range[1]);
			if (mesa.specialConstituency() != 0) {
				assertThat(mesa.specialConstituency()).isEqualTo(SPECIAL.get(mesa.departmentId()));
			}
		});
		assertThat(mesas.stream().filter((mesa) -> mesa.specialConstituency() != 0).count()).isBetween(35L, 55L);
		// Mesas are numbered 1..n inside their recinto, and ids are not shared across places.
		Map<Integer, List<Integer>> numbers = mesas.stream()
			.collect(Collectors.groupingBy(Mesa::recintoId, Collectors.mapping(Mesa::number, Collectors.toList())));
		assertThat(numbers.values()).allSatisfy((list) -> assertThat(list).isEqualTo(
				IntStream.rangeClosed(1, list.size()).boxed().toList()));
		assertUniqueOwner(mesas, Mesa::recintoId, (mesa) -> mesa.localityId() + "/" + mesa.recinto());
		assertUniqueOwner(mesas, Mesa::localityId, (mesa) -> mesa.municipality() + "/" + mesa.locality());
	}

	@Test
	void writtenFileHoldsTheRowsAndTheirTotals() throws IOException {
		SyntheticExport export = small().build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<Ballot, Totals> written = export.writeCsv(out);
		List<ParsedRow> parsed = parse(out.toByteArray(), StandardCharsets.UTF_8, ',');

		// Mixed special and other rows: each ballot under its own exact official header.
		assertThat(export.layout()).isEqualTo(Layout.PER_BALLOT_HEADERS);
		assertThat(parsed).allSatisfy((row) -> {
			assertThat(row.header()).isEqualTo(SyntheticExport.header(row.ballot()));
			assertThat(row.cells()).hasSize((row.ballot() == Ballot.SPECIAL) ? 39 : 31);
		});
		assertThat(parsed).extracting(ParsedRow::ballot)
			.containsSubsequence(Ballot.PRESIDENT, Ballot.UNINOMINAL, Ballot.SPECIAL);

		assertThat(written).isEqualTo(export.totals()).isEqualTo(totalsOf(parsed));
		assertThat(written.keySet()).containsExactly(Ballot.PRESIDENT, Ballot.UNINOMINAL, Ballot.SPECIAL);
		Map<Ballot, Long> rows = export.rows()
			.collect(Collectors.groupingBy(Row::ballot, Collectors.counting()));
		written.forEach((ballot, totals) -> {
			assertThat(totals.rows()).isEqualTo(rows.get(ballot)).isEqualTo(totals.mesas());
			assertThat(totals.votes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(totals.valid());
			assertThat(totals.valid() + totals.blank() + totals.nullVotes()).isEqualTo(totals.emitted());
		});
	}

	@Test
	void textLooksLikeTheRealExport() throws IOException {
		List<ParsedRow> parsed = parse(bytes(SyntheticExport.builder().mesas(6000).build()), StandardCharsets.UTF_8,
				',');
		assertThat(parsed).allSatisfy((row) -> {
			assertThat(row.cell("PROVINCIA")).hasSize(SyntheticExport.PADDED_WIDTH).isEqualTo(padded(row.cell("PROVINCIA")));
			assertThat(row.cell("LOCALIDAD")).hasSize(SyntheticExport.PADDED_WIDTH);
		});
		assertThat(parsed).extracting((row) -> row.cell("RECINTO")).anyMatch((name) -> name.contains(","))
			.anyMatch((name) -> name.contains("\""));
		assertThat(parsed).extracting((row) -> row.cell("DEPARTAMENTO")).contains("Potosí");
		assertThat(parsed).extracting((row) -> row.cell("CANDIDATURA"))
			.contains("DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL", "DIPUTADO CIRCUNSCRIPCIÓN ESPECIAL");
	}

	@Test
	void unionLayoutLeavesCellsThatDoNotApplyEmpty() throws IOException {
		SyntheticExport export = small().layout(Layout.UNION_HEADER).build();
		List<ParsedRow> parsed = parse(bytes(export), StandardCharsets.UTF_8, ',');
		assertThat(SyntheticExport.unionHeader()).hasSize(40);
		assertThat(parsed).allSatisfy((row) -> {
			assertThat(row.header()).isEqualTo(SyntheticExport.unionHeader());
			assertThat(row.cells()).hasSize(40);
			if (row.ballot() == Ballot.SPECIAL) {
				assertThat(row.cell("CIRCUNSCRIPCION_UNINOMINAL")).isEmpty();
				assertThat(row.cell("CIRCUNSCRIPCION_ESPECIAL")).isNotEmpty();
			}
			else {
				assertThat(row.cell("CIRCUNSCRIPCION_ESPECIAL")).isEmpty();
				assertThat(row.cell("APG")).isEmpty();
				assertThat(row.cell("YAMINAWA")).isEmpty();
			}
		});
		assertThat(totalsOf(parsed)).isEqualTo(export.totals());
	}

	@Test
	void singleHeaderUnlessSpecialRowsAreMixedIn() throws IOException {
		SyntheticExport withoutSpecial = small().ballots(Ballot.PRESIDENT, Ballot.UNINOMINAL).build();
		assertThat(withoutSpecial.layout()).isEqualTo(Layout.SINGLE_HEADER);
		String text = new String(bytes(withoutSpecial), StandardCharsets.UTF_8);
		assertThat(text.lines().filter((line) -> line.startsWith("CODIGO_MESA"))).hasSize(1);

		SyntheticExport specialOnly = small().ballots(Ballot.SPECIAL).build();
		assertThat(specialOnly.layout()).isEqualTo(Layout.SINGLE_HEADER);
		assertThat(parse(bytes(specialOnly), StandardCharsets.UTF_8, ',')).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.header()).isEqualTo(SyntheticExport.header(Ballot.SPECIAL)));

		assertThatIllegalStateException().isThrownBy(() -> small().layout(Layout.SINGLE_HEADER).build());
	}

	@Test
	void encodingDelimiterBomAndLineEndsAsRequested() throws IOException {
		SyntheticExport latin = small().charset(StandardCharsets.ISO_8859_1).delimiter(';').crlf(true).build();
		byte[] bytes = bytes(latin);
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains(";Potosí;").contains("\r\n")
			.doesNotContain("Ã");
		assertThat(totalsOf(parse(bytes, StandardCharsets.ISO_8859_1, ';'))).isEqualTo(latin.totals());

		byte[] withBom = bytes(small().bom(true).quoteText(true).build());
		assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(withBom, StandardCharsets.UTF_8)).contains(",\"PRESIDENTE\",");
		assertThatIllegalStateException()
			.isThrownBy(() -> small().charset(StandardCharsets.ISO_8859_1).bom(true).build());
	}

	@Test
	void subsetsKeepTheNumbersOfTheWholeElection() {
		Map<String, Row> whole = byKey(small().build().rows().toList());

		List<Row> santaCruz = small().onlyMesas((mesa) -> mesa.departmentId() == 7 && !mesa.abroad()).build().rows().toList();
		assertThat(santaCruz).isNotEmpty().allSatisfy((row) -> assertThat(row).isEqualTo(whole.get(key(row))));

		List<Mesa> first = small().firstMesas(100).build().mesas().toList();
		assertThat(first).hasSize(100).extracting(Mesa::index).containsExactlyElementsOf(
				IntStream.range(0, 100).boxed().toList());

		Set<Integer> early = codes(small().counted(0.3).build());
		Set<Integer> later = codes(small().counted(0.6).build());
		assertThat(later).containsAll(early);
		assertThat(early.size() / 2000.0).isCloseTo(0.3, within(0.05));
		assertThat(later.size() / 2000.0).isCloseTo(0.6, within(0.05));
		// The count order is the seed's, whatever the order of the builder calls.
		assertThat(codes(SyntheticExport.builder().mesas(2000).counted(0.3).seed(7).build())).isEqualTo(early);
		assertThat(small().counted(0.3).build().rows().toList())
			.allSatisfy((row) -> assertThat(row).isEqualTo(whole.get(key(row))));
	}

	@Test
	void correctionsChangeOnlyTheCorrectedMesasAndStayConsistent() {
		Map<String, Row> original = byKey(small().build().rows().toList());
		List<Row> corrected = small().correct((mesa) -> mesa.code() % 10 == 0, 1).build().rows().toList();

		assertThat(corrected).hasSameSizeAs(original.values()).allSatisfy((row) -> {
			assertInvariants(row);
			Row before = original.get(key(row));
			assertThat(row.mesa()).isEqualTo(before.mesa());
			if (row.mesa().code() % 10 == 0) {
				assertThat(row.variant()).isEqualTo(1);
				assertThat(row.sameNumbers(before)).as("corrected %s", row).isFalse();
			}
			else {
				assertThat(row).isEqualTo(before);
			}
		});

		List<Row> again = small().correct((mesa) -> mesa.code() % 10 == 0, 1).build().rows().toList();
		assertThat(again).isEqualTo(corrected);
		List<Row> second = small().correct((mesa) -> mesa.code() % 10 == 0, 2).build().rows().toList();
		assertThat(second).filteredOn((row) -> row.mesa().code() % 10 == 0)
			.anySatisfy((row) -> assertThat(row.sameNumbers(byKey(corrected).get(key(row)))).isFalse());
	}

	@Test
	void fullScaleLooksLike2020() {
		Map<Ballot, Totals> totals = SyntheticExport.builder().scale(1).build().totals();
		Totals president = totals.get(Ballot.PRESIDENT);
		assertThat(president.rows()).isEqualTo(35_600);
		assertThat(totals.get(Ballot.UNINOMINAL).rows()).isEqualTo(34_157);
		assertThat(totals.get(Ballot.SPECIAL).rows()).isBetween(780L, 800L);
		assertThat((double) president.registered()).isCloseTo(7_332_925, within(40_000.0));
		assertThat((double) president.emitted() / president.registered()).isCloseTo(0.88, within(0.02));
		long valid = president.validForRunningParties();
		assertThat(share(president, "MAS_IPSP", valid)).isCloseTo(0.55, within(0.02));
		assertThat(share(president, "CC", valid)).isCloseTo(0.29, within(0.02));
		assertThat(share(president, "CREEMOS", valid)).isCloseTo(0.14, within(0.02));
		assertThat(president.votes("ADN") + president.votes("LIBRE_21") + president.votes("JUNTOS")).isPositive();
	}

	private static double share(Totals totals, String party, long valid) {
		return (double) totals.votes(party) / valid;
	}

	private static void assertInvariants(Row row) {
		assertThat(row.votes()).as("votes of %s", row).hasSize(row.parties().size());
		assertThat(Arrays.stream(row.votes()).sum()).as("parties = valid in %s", row).isEqualTo(row.valid());
		assertThat(Arrays.stream(row.votes()).min().orElse(0)).isNotNegative();
		assertThat(row.blank()).isNotNegative();
		assertThat(row.nullVotes()).isNotNegative();
		assertThat(row.valid() + row.blank() + row.nullVotes()).as("emitted of %s", row).isEqualTo(row.emitted());
		assertThat(row.emitted()).as("emitted <= registered in %s", row).isLessThanOrEqualTo(row.registered());
		assertThat(row.registered()).isBetween(1, 220);
		assertThat(row.mesa().ballots()).contains(row.ballot());
	}

	private static <K> void assertUniqueOwner(List<Mesa> mesas, Function<Mesa, K> id, Function<Mesa, String> owner) {
		Map<K, Set<String>> owners = mesas.stream()
			.collect(Collectors.groupingBy(id, Collectors.mapping(owner, Collectors.toSet())));
		assertThat(owners.values()).allSatisfy((names) -> assertThat(names).hasSize(1));
	}

	private static byte[] bytes(SyntheticExport export) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.writeCsv(out);
		return out.toByteArray();
	}

	private static Set<Integer> codes(SyntheticExport export) {
		return export.mesas().map(Mesa::code).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String key(Row row) {
		return row.mesa().code() + "/" + row.ballot();
	}

	private static Map<String, Row> byKey(List<Row> rows) {
		Map<String, Row> byKey = new HashMap<>();
		rows.forEach((row) -> byKey.put(key(row), row));
		return byKey;
	}

	private static String padded(String name) {
		return String.format("%-40s", name.strip());
	}

	/** A data row of a parsed file with the header line in force above it. */
	private record ParsedRow(List<String> header, List<String> cells) {

		String cell(String column) {
			return this.cells.get(this.header.indexOf(column));
		}

		long number(String column) {
			return Long.parseLong(cell(column));
		}

		Ballot ballot() {
			return Ballot.fromExportName(cell("CANDIDATURA")).orElseThrow();
		}

	}

	/** Reads a file with FastCSV, a parser independent of the generator; a header line can recur. */
	private static List<ParsedRow> parse(byte[] bytes, Charset charset, char delimiter) throws IOException {
		List<ParsedRow> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.fieldSeparator(delimiter)
			.detectBomHeader(true)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.ofCsvRecord(new ByteArrayInputStream(bytes), charset)) {
			List<String> header = null;
			for (CsvRecord record : reader) {
				if (record.getField(0).equals("CODIGO_MESA")) {
					header = record.getFields();
				}
				else {
					rows.add(new ParsedRow(header, record.getFields()));
				}
			}
		}
		return rows;
	}

	/** Column sums of a parsed file per ballot, computed here rather than by the generator. */
	private static Map<Ballot, Totals> totalsOf(List<ParsedRow> rows) {
		Map<Ballot, Totals> totals = new LinkedHashMap<>();
		for (Ballot ballot : EnumSet.allOf(Ballot.class)) {
			List<ParsedRow> ofBallot = rows.stream().filter((row) -> row.ballot() == ballot).toList();
			if (ofBallot.isEmpty()) {
				continue;
			}
			Map<String, Long> votes = new LinkedHashMap<>();
			for (String party : SyntheticExport.partyColumns(ballot)) {
				votes.put(party, sum(ofBallot, party));
			}
			Set<String> mesas = new HashSet<>();
			ofBallot.forEach((row) -> mesas.add(row.cell("CODIGO_MESA")));
			totals.put(ballot, new Totals(ballot, sum(ofBallot, "INSCRITOS_HABILITADOS"), votes,
					sum(ofBallot, "VOTO_VALIDO"), sum(ofBallot, "VOTO_BLANCO"), sum(ofBallot, "VOTO_NULO"),
					sum(ofBallot, "VOTO_EMITIDO"), ofBallot.size(), mesas.size()));
			assertThat(sum(ofBallot, "VOTO_VALIDO_SISTEMA")).isEqualTo(sum(ofBallot, "VOTO_VALIDO"));
			assertThat(sum(ofBallot, "VOTO_EMITIDO_SISTEMA")).isEqualTo(sum(ofBallot, "VOTO_EMITIDO"));
		}
		return totals;
	}

	private static long sum(List<ParsedRow> rows, String column) {
		return rows.stream().mapToLong((row) -> row.number(column)).sum();
	}

}
