package org.electionresults.ingest;


import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.electionresults.election.Ballot;

/**
 * Realistic synthetic tally files in the layout of the OEP's 2020 export (see
 * {@code docs/tally-files.md}), at any scale: a few mesas for unit tests, 1× (35,600 mesas) or
 * 10× for benchmarks.
 * <p>
 * Everything is a pure function of the seed and the size of the election
 * ({@link Builder#mesas(int)}): the geography (departments, provinces, municipalities,
 * localities, recintos, constituencies, abroad countries) is planned once from them, and each
 * mesa's numbers come from the seed and its code only. Selecting a subset of mesas or correcting
 * some of them therefore never changes the numbers of the other mesas, which is what a test of
 * successive exports needs. Rows are generated while they are written, so a 10× file is written
 * in bounded memory.
 * <p>
 * Depends on the JDK only (plus {@link Ballot}), so that benchmarks can run it from the test
 * classes: {@code java -cp target/test-classes:target/classes
 * org.electionresults.ingest.SyntheticExport --scale 1 --out /tmp/x.csv}.
 */
public final class SyntheticExport {

	/** Mesas of the 2020 election; the size of a 1× file. */
	public static final int MESAS_2020 = 35_600;

	/** Mesas abroad in 2020; abroad mesas keep this share of the total at every scale. */
	public static final int MESAS_ABROAD_2020 = 1_443;

	/** Mesas voting the special (indigenous) ballot at 1×; scaled with the mesas in Bolivia. */
	public static final int SPECIAL_MESAS_2020 = 800;

	/** Party columns of the presidential and uninominal ballots, in export order. */
	public static final List<String> PARTIES = List.of("CREEMOS", "ADN", "MAS_IPSP", "FPV", "PAN_BOL", "LIBRE_21",
			"CC", "JUNTOS");

	/** Indigenous organisations, after JUNTOS on special-ballot rows only. */
	public static final List<String> ORGANISATIONS = List.of("APG", "CPEM_B", "CIDOB", "BIA_YUQUI", "CONAMAQ", "OICH",
			"ORCAWETA", "YAMINAWA");

	/** Parties that withdrew before election day; their few votes are still inside VOTO_VALIDO. */
	public static final Set<String> WITHDRAWN = Set.of("ADN", "LIBRE_21", "JUNTOS");

	/** Width the real export pads PROVINCIA and LOCALIDAD to. */
	public static final int PADDED_WIDTH = 40;

	static final int BOLIVIA = 32;

	private static final List<String> SPECIAL_PARTIES = Stream.concat(PARTIES.stream(), ORGANISATIONS.stream())
		.toList();

	private static final List<String> HEADER_BEFORE_CONSTITUENCY = List.of("CODIGO_MESA", "CANDIDATURA", "ID_PAIS",
			"PAIS", "ID_DEPARTAMENTO", "DEPARTAMENTO");

	private static final List<String> HEADER_GEOGRAPHY = List.of("ID_PROVINCIA", "PROVINCIA", "SECCION", "MUNICIPIO",
			"ID_LOCALIDAD", "LOCALIDAD", "ID_RECINTO", "RECINTO", "NUMERO_MESA", "INSCRITOS_HABILITADOS");

	private static final List<String> HEADER_TOTALS = List.of("VOTO_VALIDO", "VOTO_BLANCO", "VOTO_NULO",
			"VOTO_EMITIDO", "VOTO_VALIDO_SISTEMA", "VOTO_EMITIDO_SISTEMA");

	private static final List<String> STANDARD_HEADER = header("CIRCUNSCRIPCION_UNINOMINAL", PARTIES);

	private static final List<String> SPECIAL_HEADER = header("CIRCUNSCRIPCION_ESPECIAL", SPECIAL_PARTIES);

	private static final List<String> UNION_HEADER = header(
			"CIRCUNSCRIPCION_UNINOMINAL\u0000CIRCUNSCRIPCION_ESPECIAL", SPECIAL_PARTIES);

	/** How the header line(s) of a file are laid out. */
	public enum Layout {

		/**
		 * One official header: 31 columns, or 39 when the file holds special rows only. Cannot hold
		 * special rows together with other ballots.
		 */
		SINGLE_HEADER,

		/**
		 * One 40-column header: the 31 columns plus CIRCUNSCRIPCION_ESPECIAL after
		 * CIRCUNSCRIPCION_UNINOMINAL and the 8 organisation columns after JUNTOS; cells that do not
		 * apply to a row's ballot are empty.
		 */
		UNION_HEADER,

		/**
		 * Rows grouped by ballot, with the exact official 31- or 39-column header line written again
		 * whenever the ballot changes.
		 */
		PER_BALLOT_HEADERS

	}

	/**
	 * One mesa with its place in the geography. Names are unpadded; the writer pads PROVINCIA and
	 * LOCALIDAD like the real export.
	 *
	 * @param index 0-based position of the mesa in the whole synthetic election, in code order
	 * @param code CODIGO_MESA, unique in the election
	 * @param countryId ID_PAIS, 32 for Bolivia
	 * @param country PAIS
	 * @param departmentId ID_DEPARTAMENTO: 1..9 in Bolivia, a region id abroad
	 * @param department DEPARTAMENTO: a department in Bolivia, a city or region abroad
	 * @param uninominal the mesa's uninominal constituency, 0 abroad
	 * @param specialConstituency the special constituency (1..7) if the mesa votes the special
	 * ballot, otherwise 0
	 * @param provinceId ID_PROVINCIA
	 * @param province PROVINCIA
	 * @param section SECCION: the municipality's number inside its province
	 * @param municipality MUNICIPIO
	 * @param localityId ID_LOCALIDAD, unique in the election
	 * @param locality LOCALIDAD
	 * @param recintoId ID_RECINTO, unique in the election
	 * @param recinto RECINTO; some names contain commas or quotes
	 * @param number NUMERO_MESA: 1..n inside the recinto
	 * @param registered INSCRITOS_HABILITADOS, the same on every ballot and correction
	 */
	public record Mesa(int index, int code, int countryId, String country, int departmentId, String department,
			int uninominal, int specialConstituency, int provinceId, String province, int section, String municipality,
			int localityId, String locality, int recintoId, String recinto, int number, int registered) {

		public boolean abroad() {
			return this.countryId != BOLIVIA;
		}

		/** The ballots voted at this mesa: abroad only the presidential one. */
		public Set<Ballot> ballots() {
			if (abroad()) {
				return EnumSet.of(Ballot.PRESIDENT);
			}
			return (this.specialConstituency > 0) ? EnumSet.allOf(Ballot.class)
					: EnumSet.of(Ballot.PRESIDENT, Ballot.UNINOMINAL);
		}

		/** The CIRCUNSCRIPCION_UNINOMINAL or CIRCUNSCRIPCION_ESPECIAL value of a row. */
		public int constituency(Ballot ballot) {
			return switch (ballot) {
				case PRESIDENT -> 0;
				case UNINOMINAL -> this.uninominal;
				case SPECIAL -> this.specialConstituency;
			};
		}

	}

	/**
	 * One row of the file: the acta of one mesa for one ballot. Every row satisfies the export's
	 * invariants: the party columns add up to {@code valid}, {@code valid + blank + nullVotes ==
	 * emitted} and {@code emitted <= registered}.
	 *
	 * @param mesa the mesa
	 * @param ballot the ballot
	 * @param variant 0 for the mesa's first numbers, the correction's variant otherwise
	 * @param votes votes per party column, in the order of {@link #partyColumns(Ballot)}; must
	 * not be modified
	 * @param valid VOTO_VALIDO (and VOTO_VALIDO_SISTEMA), including any withdrawn-party votes
	 * @param blank VOTO_BLANCO
	 * @param nullVotes VOTO_NULO
	 * @param emitted VOTO_EMITIDO (and VOTO_EMITIDO_SISTEMA)
	 */
	public record Row(Mesa mesa, Ballot ballot, int variant, int[] votes, int valid, int blank, int nullVotes,
			int emitted) {

		public int registered() {
			return this.mesa.registered();
		}

		public int constituency() {
			return this.mesa.constituency(this.ballot);
		}

		public List<String> parties() {
			return partyColumns(this.ballot);
		}

		/** Votes of one party column, 0 for a column this ballot does not have. */
		public int votes(String party) {
			int position = parties().indexOf(party);
			return (position < 0) ? 0 : this.votes[position];
		}

		/** Whether this row has the same numbers as another (ignoring mesa and variant). */
		public boolean sameNumbers(Row other) {
			return Arrays.equals(this.votes, other.votes) && this.valid == other.valid && this.blank == other.blank
					&& this.nullVotes == other.nullVotes && this.emitted == other.emitted;
		}

		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Row row && this.mesa.equals(row.mesa)
					&& this.ballot == row.ballot && this.variant == row.variant && sameNumbers(row));
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.mesa, this.ballot, this.variant, Arrays.hashCode(this.votes), this.valid,
					this.blank, this.nullVotes, this.emitted);
		}

		@Override
		public String toString() {
			return "Row[mesa=" + this.mesa.code() + ", ballot=" + this.ballot + ", variant=" + this.variant + ", votes="
					+ Arrays.toString(this.votes) + ", valid=" + this.valid + ", blank=" + this.blank + ", null="
					+ this.nullVotes + ", emitted=" + this.emitted + ", registered=" + registered() + "]";
		}

	}

	/**
	 * Exact column sums of one ballot's rows, to compare what a loader stored with what the file
	 * held.
	 *
	 * @param ballot the ballot
	 * @param registered sum of INSCRITOS_HABILITADOS
	 * @param votes sum per party column, in column order ({@link #partyColumns(Ballot)})
	 * @param valid sum of VOTO_VALIDO (withdrawn-party votes included, as on the actas)
	 * @param blank sum of VOTO_BLANCO
	 * @param nullVotes sum of VOTO_NULO
	 * @param emitted sum of VOTO_EMITIDO
	 * @param rows rows of this ballot
	 * @param mesas distinct mesas with a row of this ballot
	 */
	public record Totals(Ballot ballot, long registered, Map<String, Long> votes, long valid, long blank,
			long nullVotes, long emitted, long rows, long mesas) {

		public Totals {
			votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
		}

		/** Sum of one party column, 0 for a column this ballot does not have. */
		public long votes(String party) {
			return this.votes.getOrDefault(party, 0L);
		}

		/** Valid votes without the withdrawn parties': the official valid total. */
		public long validForRunningParties() {
			return this.valid - WITHDRAWN.stream().mapToLong(this::votes).sum();
		}

	}

	private final long seed;

	private final Plan plan;

	private final Set<Ballot> ballots;

	private final Predicate<Mesa> selection;

	private final List<Correction> corrections;

	private final Layout layout;

	private final Charset charset;

	private final char delimiter;

	private final boolean bom;

	private final boolean crlf;

	private final boolean quoteText;

	private SyntheticExport(Builder builder) {
		this.seed = builder.seed;
		this.plan = Plan.of(builder.seed, builder.mesas);
		this.ballots = EnumSet.copyOf(builder.ballots);
		double counted = builder.counted;
		// The count order depends on the seed, which may be set after counted(...).
		this.selection = (counted >= 1) ? builder.selection
				: builder.selection.and((mesa) -> countOrder(builder.seed, mesa.code()) < counted);
		this.corrections = List.copyOf(builder.corrections);
		this.charset = builder.charset;
		this.delimiter = builder.delimiter;
		this.bom = builder.bom;
		this.crlf = builder.crlf;
		this.quoteText = builder.quoteText;
		this.layout = resolveLayout(builder.layout);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Party columns of a ballot's rows: 8 parties, plus the 8 organisations on special rows. */
	public static List<String> partyColumns(Ballot ballot) {
		return (ballot == Ballot.SPECIAL) ? SPECIAL_PARTIES : PARTIES;
	}

	/** The exact official header of a ballot's rows: 31 columns, 39 for the special ballot. */
	public static List<String> header(Ballot ballot) {
		return (ballot == Ballot.SPECIAL) ? SPECIAL_HEADER : STANDARD_HEADER;
	}

	/** The 40-column header of {@link Layout#UNION_HEADER}. */
	public static List<String> unionHeader() {
		return UNION_HEADER;
	}

	private static List<String> header(String constituencyColumns, List<String> parties) {
		List<String> header = new ArrayList<>(HEADER_BEFORE_CONSTITUENCY);
		header.addAll(List.of(constituencyColumns.split("\u0000")));
		header.addAll(HEADER_GEOGRAPHY);
		header.addAll(parties);
		header.addAll(HEADER_TOTALS);
		return List.copyOf(header);
	}

	/** The layout this file is written with (the builder's, or the default for its rows). */
	public Layout layout() {
		return this.layout;
	}

	public Charset charset() {
		return this.charset;
	}

	public char delimiter() {
		return this.delimiter;
	}

	/** Mesas in the whole synthetic election, before any selection. */
	public int electionMesas() {
		return this.plan.mesas;
	}

	/** The selected mesas that have at least one row in the selected ballots, in code order. */
	public Stream<Mesa> mesas() {
		return stream(new MesaIterator()).filter(this::hasAnyRow);
	}

	/**
	 * The rows of the file in written order: ballots grouped (PRESIDENT, UNINOMINAL, SPECIAL),
	 * mesas in code order inside each. Generated lazily: a 10× election can be iterated without
	 * holding it.
	 */
	public Stream<Row> rows() {
		return stream(new RowIterator());
	}

	/** Column totals of the rows, computed without writing them; equal to what the writers return. */
	public Map<Ballot, Totals> totals() {
		TotalsCounter counter = new TotalsCounter(this.ballots);
		Iterator<Row> rows = new RowIterator();
		while (rows.hasNext()) {
			counter.add(rows.next());
		}
		return counter.totals();
	}

	/** Writes the file, replacing any existing one; returns the totals of what was written. */
	public Map<Ballot, Totals> writeCsv(Path file) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			return writeCsv(out);
		}
	}

	/**
	 * Writes the file to a stream, which is flushed but not closed; returns the totals of what was
	 * written.
	 */
	public Map<Ballot, Totals> writeCsv(OutputStream out) throws IOException {
		// An unencodable name must fail the test, not become '?' in an ISO-8859-1 file.
		CharsetEncoder encoder = this.charset.newEncoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Writer writer = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), encoder), 1 << 16)) {
			return write(writer);
		}
	}

	private Map<Ballot, Totals> write(Writer writer) throws IOException {
		if (this.bom) {
			writer.write('\uFEFF');
		}
		String lineEnd = this.crlf ? "\r\n" : "\n";
		StringBuilder line = new StringBuilder(512);
		TotalsCounter counter = new TotalsCounter(this.ballots);
		Ballot headerBallot = null;
		if (this.layout == Layout.SINGLE_HEADER) {
			boolean specialOnly = this.ballots.equals(EnumSet.of(Ballot.SPECIAL));
			writeHeader(writer, line, specialOnly ? SPECIAL_HEADER : STANDARD_HEADER, lineEnd);
		}
		else if (this.layout == Layout.UNION_HEADER) {
			writeHeader(writer, line, UNION_HEADER, lineEnd);
		}
		Iterator<Row> rows = new RowIterator();
		while (rows.hasNext()) {
			Row row = rows.next();
			if (this.layout == Layout.PER_BALLOT_HEADERS && row.ballot() != headerBallot) {
				headerBallot = row.ballot();
				writeHeader(writer, line, header(headerBallot), lineEnd);
			}
			line.setLength(0);
			appendRow(line, row);
			line.append(lineEnd);
			writer.append(line);
			counter.add(row);
		}
		if (this.layout == Layout.PER_BALLOT_HEADERS && headerBallot == null) {
			// No row at all: still a file a reader recognises.
			writeHeader(writer, line, header(this.ballots.iterator().next()), lineEnd);
		}
		return counter.totals();
	}

	private void writeHeader(Writer writer, StringBuilder line, List<String> header, String lineEnd)
			throws IOException {
		line.setLength(0);
		for (int i = 0; i < header.size(); i++) {
			if (i > 0) {
				line.append(this.delimiter);
			}
			line.append(header.get(i));
		}
		line.append(lineEnd);
		writer.append(line);
	}

	private void appendRow(StringBuilder line, Row row) {
		Mesa mesa = row.mesa();
		boolean special = row.ballot() == Ballot.SPECIAL;
		boolean union = this.layout == Layout.UNION_HEADER;
		line.append(mesa.code());
		text(cell(line), row.ballot().exportName());
		cell(line).append(mesa.countryId());
		text(cell(line), mesa.country());
		cell(line).append(mesa.departmentId());
		text(cell(line), mesa.department());
		if (union) {
			// Each constituency column is empty on the rows of the other kind of ballot.
			cell(line);
			if (!special) {
				line.append(row.constituency());
			}
			cell(line);
			if (special) {
				line.append(row.constituency());
			}
		}
		else {
			cell(line).append(row.constituency());
		}
		cell(line).append(mesa.provinceId());
		text(cell(line), padded(mesa.province()));
		cell(line).append(mesa.section());
		text(cell(line), mesa.municipality());
		cell(line).append(mesa.localityId());
		text(cell(line), padded(mesa.locality()));
		cell(line).append(mesa.recintoId());
		text(cell(line), mesa.recinto());
		cell(line).append(mesa.number());
		cell(line).append(mesa.registered());
		int[] votes = row.votes();
		for (int vote : votes) {
			cell(line).append(vote);
		}
		if (union && !special) {
			for (int i = 0; i < ORGANISATIONS.size(); i++) {
				cell(line);
			}
		}
		cell(line).append(row.valid());
		cell(line).append(row.blank());
		cell(line).append(row.nullVotes());
		cell(line).append(row.emitted());
		cell(line).append(row.valid());
		cell(line).append(row.emitted());
	}

	/** Starts the next cell, so that a row reads as its list of columns. */
	private StringBuilder cell(StringBuilder line) {
		return line.append(this.delimiter);
	}

	private static String padded(String name) {
		if (name.length() >= PADDED_WIDTH) {
			return name;
		}
		StringBuilder padded = new StringBuilder(PADDED_WIDTH).append(name);
		while (padded.length() < PADDED_WIDTH) {
			padded.append(' ');
		}
		return padded.toString();
	}

	private void text(StringBuilder line, String value) {
		if (this.quoteText || needsQuotes(value)) {
			line.append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"') {
					line.append('"');
				}
				line.append(c);
			}
			line.append('"');
		}
		else {
			line.append(value);
		}
	}

	private boolean needsQuotes(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == this.delimiter || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	private Layout resolveLayout(Layout requested) {
		boolean special = false;
		boolean other = false;
		Iterator<Mesa> mesas = new MesaIterator();
		while (mesas.hasNext() && !(special && other)) {
			Mesa mesa = mesas.next();
			for (Ballot ballot : mesa.ballots()) {
				if (this.ballots.contains(ballot)) {
					special |= ballot == Ballot.SPECIAL;
					other |= ballot != Ballot.SPECIAL;
				}
			}
		}
		boolean mixed = special && other;
		if (requested == null) {
			return mixed ? Layout.PER_BALLOT_HEADERS : Layout.SINGLE_HEADER;
		}
		if (requested == Layout.SINGLE_HEADER && mixed) {
			throw new IllegalStateException("A single official header cannot hold special rows together with other "
					+ "ballots; use UNION_HEADER or PER_BALLOT_HEADERS");
		}
		return requested;
	}

	private boolean hasAnyRow(Mesa mesa) {
		for (Ballot ballot : mesa.ballots()) {
			if (this.ballots.contains(ballot)) {
				return true;
			}
		}
		return false;
	}

	private int variantOf(Mesa mesa) {
		int variant = 0;
		for (Correction correction : this.corrections) {
			if (correction.mesas().test(mesa)) {
				variant = correction.variant();
			}
		}
		return variant;
	}

	private static <T> Stream<T> stream(Iterator<T> iterator) {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
				Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
	}

	/**
	 * Selected mesas of the election in code order, created on the fly from the plan's recintos.
	 */
	private final class MesaIterator implements Iterator<Mesa> {

		private int recinto;

		private int number;

		private Mesa next;

		MesaIterator() {
			advance();
		}

		private void advance() {
			List<RecintoPlan> recintos = SyntheticExport.this.plan.recintos;
			this.next = null;
			while (this.recinto < recintos.size()) {
				RecintoPlan plan = recintos.get(this.recinto);
				if (this.number >= plan.mesas) {
					this.recinto++;
					this.number = 0;
					continue;
				}
				Mesa mesa = plan.mesa(SyntheticExport.this.seed, this.number);
				this.number++;
				if (SyntheticExport.this.selection.test(mesa)) {
					this.next = mesa;
					return;
				}
			}
		}

		@Override
		public boolean hasNext() {
			return this.next != null;
		}

		@Override
		public Mesa next() {
			if (this.next == null) {
				throw new NoSuchElementException();
			}
			Mesa mesa = this.next;
			advance();
			return mesa;
		}

	}

	/** Rows of the selected ballots: one pass over the mesas per ballot. */
	private final class RowIterator implements Iterator<Row> {

		private final Iterator<Ballot> ballots = SyntheticExport.this.ballots.iterator();

		private final Acta acta = new Acta(SyntheticExport.this.seed);

		private Ballot ballot;

		private Iterator<Mesa> mesas = Collections.emptyIterator();

		private Row next;

		RowIterator() {
			advance();
		}

		private void advance() {
			this.next = null;
			while (true) {
				while (this.mesas.hasNext()) {
					Mesa mesa = this.mesas.next();
					if (mesa.ballots().contains(this.ballot)) {
						this.next = this.acta.row(mesa, this.ballot, variantOf(mesa));
						return;
					}
				}
				if (!this.ballots.hasNext()) {
					return;
				}
				this.ballot = this.ballots.next();
				this.mesas = new MesaIterator();
			}
		}

		@Override
		public boolean hasNext() {
			return this.next != null;
		}

		@Override
		public Row next() {
			if (this.next == null) {
				throw new NoSuchElementException();
			}
			Row row = this.next;
			advance();
			return row;
		}

	}

	private static final class TotalsCounter {

		private final Map<Ballot, long[]> sums = new EnumMap<>(Ballot.class);

		// Rows of a ballot come in code order, so distinct mesas are counted without remembering them.
		private final Map<Ballot, Integer> lastCode = new EnumMap<>(Ballot.class);

		private final Map<Ballot, Long> mesas = new EnumMap<>(Ballot.class);

		TotalsCounter(Set<Ballot> ballots) {
			// Every selected ballot gets totals, zero when no mesa of the selection votes it.
			for (Ballot ballot : ballots) {
				this.sums.put(ballot, new long[partyColumns(ballot).size() + 6]);
				this.mesas.put(ballot, 0L);
			}
		}

		void add(Row row) {
			int parties = row.votes().length;
			long[] sums = this.sums.get(row.ballot());
			sums[0] += row.registered();
			for (int i = 0; i < parties; i++) {
				sums[1 + i] += row.votes()[i];
			}
			sums[parties + 1] += row.valid();
			sums[parties + 2] += row.blank();
			sums[parties + 3] += row.nullVotes();
			sums[parties + 4] += row.emitted();
			sums[parties + 5]++;
			Integer previous = this.lastCode.put(row.ballot(), row.mesa().code());
			if (previous == null || previous != row.mesa().code()) {
				this.mesas.merge(row.ballot(), 1L, Long::sum);
			}
		}

		Map<Ballot, Totals> totals() {
			Map<Ballot, Totals> totals = new EnumMap<>(Ballot.class);
			this.sums.forEach((ballot, sums) -> {
				List<String> columns = partyColumns(ballot);
				Map<String, Long> votes = new LinkedHashMap<>();
				for (int i = 0; i < columns.size(); i++) {
					votes.put(columns.get(i), sums[1 + i]);
				}
				int parties = columns.size();
				totals.put(ballot, new Totals(ballot, sums[0], votes, sums[parties + 1], sums[parties + 2],
						sums[parties + 3], sums[parties + 4], sums[parties + 5], this.mesas.get(ballot)));
			});
			return Collections.unmodifiableMap(totals);
		}

	}

	/** The caller owns the stream: closing our writer must not close it. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

	private record Correction(Predicate<Mesa> mesas, int variant) {

	}

	/** Options of a synthetic export; every option has a realistic default. */
	public static final class Builder {

		private int mesas = MESAS_2020;

		private long seed = 42;

		private Set<Ballot> ballots = EnumSet.allOf(Ballot.class);

		private Predicate<Mesa> selection = (mesa) -> true;

		private double counted = 1;

		private final List<Correction> corrections = new ArrayList<>();

		private Layout layout;

		private Charset charset = StandardCharsets.UTF_8;

		private char delimiter = ',';

		private boolean bom;

		private boolean crlf;

		private boolean quoteText;

		private Builder() {
		}

		/**
		 * Mesas in the whole election (abroad included, in the 2020 proportion); default 35,600.
		 * Selections then pick among these, so a subset keeps the full election's geography and
		 * numbers.
		 */
		public Builder mesas(int mesas) {
			if (mesas < 1) {
				throw new IllegalArgumentException("mesas must be positive: " + mesas);
			}
			this.mesas = mesas;
			return this;
		}

		/** Size as a multiple of the 2020 election: 1 = 35,600 mesas, 10 = 356,000. */
		public Builder scale(double scale) {
			return mesas((int) Math.round(MESAS_2020 * scale));
		}

		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		/** Ballots to write; abroad mesas only have the presidential one. Default: all three. */
		public Builder ballots(Set<Ballot> ballots) {
			if (ballots.isEmpty()) {
				throw new IllegalArgumentException("At least one ballot is needed");
			}
			this.ballots = EnumSet.copyOf(ballots);
			return this;
		}

		public Builder ballots(Ballot first, Ballot... others) {
			return ballots(EnumSet.of(first, others));
		}

		/** Keeps only the mesas matching; calling it again narrows the selection further. */
		public Builder onlyMesas(Predicate<Mesa> filter) {
			this.selection = this.selection.and(filter);
			return this;
		}

		/** Keeps the first {@code count} mesas of the election, in code order. */
		public Builder firstMesas(int count) {
			return onlyMesas((mesa) -> mesa.index() < count);
		}

		/**
		 * Keeps the mesas already counted when a fraction of the count is done: a deterministic,
		 * geographically spread subset, and a larger fraction keeps a superset of a smaller one
		 * (successive snapshots of a count in progress).
		 */
		public Builder counted(double fraction) {
			if (fraction < 0 || fraction > 1) {
				throw new IllegalArgumentException("fraction must be within [0, 1]: " + fraction);
			}
			this.counted = Math.min(this.counted, fraction);
			return this;
		}

		/**
		 * Gives the mesas matching different numbers on every ballot: a correction of their actas.
		 * The numbers still satisfy every invariant, keep the mesa's registered voters, differ from
		 * the uncorrected ones, and are the same for the same variant. When several corrections
		 * match a mesa, the last one added wins.
		 * @param mesas the mesas to correct
		 * @param variant which correction, at least 1 (0 is the uncorrected acta)
		 */
		public Builder correct(Predicate<Mesa> mesas, int variant) {
			if (variant < 1) {
				throw new IllegalArgumentException("variant must be at least 1: " + variant);
			}
			this.corrections.add(new Correction(mesas, variant));
			return this;
		}

		/**
		 * Header layout; by default {@link Layout#PER_BALLOT_HEADERS} when special rows are mixed
		 * with other ballots, {@link Layout#SINGLE_HEADER} otherwise.
		 */
		public Builder layout(Layout layout) {
			this.layout = layout;
			return this;
		}

		/** UTF-8 (default) or ISO-8859-1 like the OEP download. */
		public Builder charset(Charset charset) {
			this.charset = charset;
			return this;
		}

		/** {@code ,} (default) or {@code ;}. */
		public Builder delimiter(char delimiter) {
			if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == ' ') {
				throw new IllegalArgumentException("Unusable delimiter: " + delimiter);
			}
			this.delimiter = delimiter;
			return this;
		}

		/** Starts the file with a byte order mark, like copies re-saved as UTF-8 by some tools. */
		public Builder bom(boolean bom) {
			this.bom = bom;
			return this;
		}

		public Builder crlf(boolean crlf) {
			this.crlf = crlf;
			return this;
		}

		/** Quotes every text cell; by default only cells holding the delimiter or a quote are. */
		public Builder quoteText(boolean quoteText) {
			this.quoteText = quoteText;
			return this;
		}

		public SyntheticExport build() {
			if (this.bom && !this.charset.name().toUpperCase(Locale.ROOT).startsWith("UTF")) {
				throw new IllegalStateException("A byte order mark needs a UTF charset, not " + this.charset);
			}
			return new SyntheticExport(this);
		}

	}

	// ------------------------------------------------------------------------------------------
	// Numbers of an acta
	// ------------------------------------------------------------------------------------------

	private static final long SALT_REGISTERED = 1;

	private static final long SALT_TURNOUT = 2;

	private static final long SALT_BALLOT = 3;

	private static final long SALT_RECINTO = 4;

	private static final long SALT_COUNTED = 5;

	private static final long SALT_PLAN = 6;

	private static final long SALT_CORRECTED = 7;

	/** Registered voters on a full mesa: the register fills mesas up to this. */
	private static final int FULL_MESA = 220;

	/** Smallest registered voters on a mesa that is not full. */
	private static final int SMALLEST_MESA = 40;

	/** Rows with a few votes for a withdrawn party, as in the early real exports (about 2 %). */
	private static final double WITHDRAWN_ROWS = 0.022;

	/** How closely a recinto follows its department's shares (a Dirichlet concentration). */
	private static final double RECINTO_CONCENTRATION = 60;

	/** How closely a mesa follows its recinto's shares: neighbours vote alike. */
	private static final double MESA_CONCENTRATION = 300;

	/** How closely a recinto's uninominal vote follows its presidential vote. */
	private static final double UNINOMINAL_CONCENTRATION = 120;

	/** Position of a mesa in the order in which the count reaches it, uniform in [0, 1). */
	static double countOrder(long seed, int code) {
		return unit(hash(seed, SALT_COUNTED, code, 0));
	}

	/**
	 * Computes actas. Keeps the last recinto's shares because rows come recinto by recinto; the
	 * shares are a function of seed and recinto, so the cache never changes a number.
	 */
	private static final class Acta {

		private final long seed;

		private int cachedRecinto = -1;

		private double[] presidentShares;

		private double[] uninominalShares;

		private double[] specialShares;

		Acta(long seed) {
			this.seed = seed;
		}

		Row row(Mesa mesa, Ballot ballot, int variant) {
			Row row = numbers(mesa, ballot, variant);
			if (variant != 0 && row.sameNumbers(numbers(mesa, ballot, 0))) {
				row = shiftOneVote(row);
			}
			return row;
		}

		private Row numbers(Mesa mesa, Ballot ballot, int variant) {
			Region region = Region.of(mesa);
			int registered = mesa.registered();
			// Turnout belongs to the mesa, so that its ballots have (nearly) the same voters.
			SplittableRandom mesaRandom = new SplittableRandom(hash(this.seed, SALT_TURNOUT, mesa.code(), variant));
			double turnout = clamp(region.turnout + gaussian(mesaRandom) * region.turnoutSpread, 0.2, 1.0);
			int emitted = Math.min(registered, roundRandomly(registered * turnout, mesaRandom));
			SplittableRandom random = new SplittableRandom(
					hash(this.seed, SALT_BALLOT + 16L * ballot.ordinal(), mesa.code(), variant));
			if (ballot != Ballot.PRESIDENT && random.nextDouble() < 0.02) {
				// A voter or two who did not put every ballot in the box, as seen on real actas.
				emitted = Math.max(0, emitted - 1 - random.nextInt(2));
			}
			int blank = roundRandomly(emitted * blankRate(ballot) * gamma(random, 3) / 3, random);
			int nullVotes = roundRandomly(emitted * nullRate(ballot) * gamma(random, 3) / 3, random);
			blank = Math.min(blank, emitted);
			nullVotes = Math.min(nullVotes, emitted - blank);
			int valid = emitted - blank - nullVotes;
			double[] shares = dirichlet(random, recintoShares(mesa, ballot), MESA_CONCENTRATION);
			int[] votes = allocate(valid, shares, random);
			if (valid > 0 && random.nextDouble() < WITHDRAWN_ROWS) {
				int withdrawnVotes = (random.nextInt(4) == 0) ? 2 : 1;
				double which = random.nextDouble();
				String party = (which < 0.45) ? "ADN" : (which < 0.9) ? "LIBRE_21" : "JUNTOS";
				int from = largest(votes);
				withdrawnVotes = Math.min(withdrawnVotes, votes[from]);
				votes[from] -= withdrawnVotes;
				votes[PARTIES.indexOf(party)] += withdrawnVotes;
			}
			return new Row(mesa, ballot, variant, votes, valid, blank, nullVotes, emitted);
		}

		/**
		 * Guarantees that a correction is visible (a rare draw can repeat the first numbers) by
		 * moving one vote between valid, blank and null, keeping every invariant.
		 */
		private static Row shiftOneVote(Row row) {
			int[] votes = row.votes().clone();
			int valid = row.valid();
			int blank = row.blank();
			int nullVotes = row.nullVotes();
			int emitted = row.emitted();
			if (valid > 0) {
				votes[largest(votes)]--;
				valid--;
				nullVotes++;
			}
			else if (blank > 0) {
				blank--;
				nullVotes++;
			}
			else if (nullVotes > 0) {
				nullVotes--;
				blank++;
			}
			else {
				// Nobody voted (every mesa has registered voters): one voter who spoiled the ballot.
				emitted++;
				nullVotes++;
			}
			return new Row(row.mesa(), row.ballot(), row.variant(), votes, valid, blank, nullVotes, emitted);
		}

		private double[] recintoShares(Mesa mesa, Ballot ballot) {
			if (this.cachedRecinto != mesa.recintoId()) {
				this.cachedRecinto = mesa.recintoId();
				Region region = Region.of(mesa);
				SplittableRandom random = new SplittableRandom(hash(this.seed, SALT_RECINTO, mesa.recintoId(), 0));
				this.presidentShares = dirichlet(random, region.shares, RECINTO_CONCENTRATION);
				this.uninominalShares = dirichlet(random, this.presidentShares, UNINOMINAL_CONCENTRATION);
				this.specialShares = (region.specialShares != null)
						? dirichlet(random, region.specialShares, RECINTO_CONCENTRATION) : null;
			}
			return switch (ballot) {
				case PRESIDENT -> this.presidentShares;
				case UNINOMINAL -> this.uninominalShares;
				case SPECIAL -> this.specialShares;
			};
		}

		private static double blankRate(Ballot ballot) {
			return switch (ballot) {
				case PRESIDENT -> 0.014;
				case UNINOMINAL -> 0.07;
				case SPECIAL -> 0.06;
			};
		}

		private static double nullRate(Ballot ballot) {
			return switch (ballot) {
				case PRESIDENT -> 0.036;
				case UNINOMINAL -> 0.045;
				case SPECIAL -> 0.05;
			};
		}

	}

	/** Splits {@code total} votes by shares, rounding randomly so that small parties still get some. */
	private static int[] allocate(int total, double[] shares, SplittableRandom random) {
		int[] votes = new int[shares.length];
		int sum = 0;
		for (int i = 0; i < shares.length; i++) {
			if (shares[i] > 0) {
				votes[i] = roundRandomly(total * shares[i], random);
				sum += votes[i];
			}
		}
		int top = 0;
		for (int i = 1; i < shares.length; i++) {
			if (shares[i] > shares[top]) {
				top = i;
			}
		}
		int difference = total - sum;
		if (difference >= 0) {
			votes[top] += difference;
			return votes;
		}
		// Rounding overshot: take the excess from the largest columns first.
		while (difference < 0) {
			int from = largest(votes);
			int taken = Math.min(votes[from], -difference);
			votes[from] -= taken;
			difference += taken;
		}
		return votes;
	}

	private static int largest(int[] votes) {
		int largest = 0;
		for (int i = 1; i < votes.length; i++) {
			if (votes[i] > votes[largest]) {
				largest = i;
			}
		}
		return largest;
	}

	private static int roundRandomly(double value, SplittableRandom random) {
		int floor = (int) Math.floor(value);
		return (random.nextDouble() < value - floor) ? floor + 1 : floor;
	}

	/**
	 * Random shares around {@code mean}: a Dirichlet draw, whose expectation is exactly the mean
	 * so that national shares come out as planned. Zero shares stay zero.
	 */
	private static double[] dirichlet(SplittableRandom random, double[] mean, double concentration) {
		double[] shares = new double[mean.length];
		double sum = 0;
		for (int i = 0; i < mean.length; i++) {
			if (mean[i] > 0) {
				shares[i] = gamma(random, concentration * mean[i]);
				sum += shares[i];
			}
		}
		if (sum == 0) {
			return mean.clone();
		}
		for (int i = 0; i < shares.length; i++) {
			shares[i] /= sum;
		}
		return shares;
	}

	/** Marsaglia and Tsang's gamma sampler, with the usual boost for shapes below 1. */
	private static double gamma(SplittableRandom random, double shape) {
		if (shape < 1) {
			return gamma(random, shape + 1) * StrictMath.pow(random.nextDouble(), 1 / shape);
		}
		double d = shape - 1.0 / 3;
		double c = 1 / StrictMath.sqrt(9 * d);
		while (true) {
			double x;
			double v;
			do {
				x = gaussian(random);
				v = 1 + c * x;
			}
			while (v <= 0);
			v = v * v * v;
			double u = random.nextDouble();
			if (u < 1 - 0.0331 * x * x * x * x || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
				return d * v;
			}
		}
	}

	/**
	 * Marsaglia's polar method on StrictMath: unlike {@code nextGaussian()} and {@code Math.log}, it
	 * gives the same numbers on every JDK and CPU, so a seed means the same file everywhere.
	 */
	private static double gaussian(SplittableRandom random) {
		double u;
		double v;
		double s;
		do {
			u = 2 * random.nextDouble() - 1;
			v = 2 * random.nextDouble() - 1;
			s = u * u + v * v;
		}
		while (s >= 1 || s == 0);
		return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static long hash(long seed, long salt, long a, long b) {
		long h = mix(seed + 0x9E3779B97F4A7C15L);
		h = mix(h + salt);
		h = mix(h + a);
		return mix(h + b);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static double unit(long bits) {
		return (bits >>> 11) * 0x1.0p-53;
	}

	// ------------------------------------------------------------------------------------------
	// Geography
	// ------------------------------------------------------------------------------------------

	/**
	 * What a mesa's numbers depend on besides the seed: its department (or abroad) shares,
	 * turnout and how full its mesas are.
	 */
	private static final class Region {

		private static final Region ABROAD = new Region(null, shares(5.0, 63.4, 2.0, 0.6, 29.0), null, 0.72, 0.12,
				Region.fullShare(301_631.0 / MESAS_ABROAD_2020));

		private static final Region[] DEPARTMENTS = new Region[10];

		static {
			for (Department department : Department.values()) {
				DEPARTMENTS[department.id] = new Region(department, department.shares, department.specialShares, 0.89,
						0.05, fullShare((double) department.registered / department.mesas));
			}
		}

		final Department department;

		final double[] shares;

		final double[] specialShares;

		final double turnout;

		final double turnoutSpread;

		/** Probability that a mesa is full (220 registered); the others are uniform below. */
		final double fullShare;

		private Region(Department department, double[] shares, double[] specialShares, double turnout,
				double turnoutSpread, double fullShare) {
			this.department = department;
			this.shares = shares;
			this.specialShares = specialShares;
			this.turnout = turnout;
			this.turnoutSpread = turnoutSpread;
			this.fullShare = fullShare;
		}

		static Region of(Mesa mesa) {
			return mesa.abroad() ? ABROAD : DEPARTMENTS[mesa.departmentId()];
		}

		/** Chooses the share of full mesas so that the average mesa has the 2020 registered voters. */
		private static double fullShare(double averageRegistered) {
			double notFullAverage = (SMALLEST_MESA + FULL_MESA - 1) / 2.0;
			return clamp((averageRegistered - notFullAverage) / (FULL_MESA - notFullAverage), 0, 1);
		}

	}

	/** Shares of valid votes in column order; withdrawn parties have none of their own. */
	private static double[] shares(double creemos, double mas, double fpv, double panBol, double cc) {
		double total = creemos + mas + fpv + panBol + cc;
		return new double[] { creemos / total, 0, mas / total, fpv / total, panBol / total, 0, cc / total, 0 };
	}

	/**
	 * Special-ballot shares: MAS-IPSP won all seven seats; the constituency's own organisations
	 * take a fair part, the others none.
	 */
	private static double[] specialShares(double creemos, String... organisations) {
		double[] shares = new double[SPECIAL_PARTIES.size()];
		shares[PARTIES.indexOf("MAS_IPSP")] = 0.52;
		shares[PARTIES.indexOf("CC")] = 0.10;
		shares[PARTIES.indexOf("CREEMOS")] = creemos;
		shares[PARTIES.indexOf("FPV")] = 0.015;
		shares[PARTIES.indexOf("PAN_BOL")] = 0.01;
		double left = 1 - Arrays.stream(shares).sum();
		double[] split = switch (organisations.length) {
			case 1 -> new double[] { 1 };
			case 2 -> new double[] { 0.6, 0.4 };
			default -> new double[] { 0.5, 0.3, 0.2 };
		};
		for (int i = 0; i < organisations.length; i++) {
			shares[SPECIAL_PARTIES.indexOf(organisations[i])] = left * split[i];
		}
		return shares;
	}

	/**
	 * The nine departments with their 2020 mesas, registered voters and constituencies
	 * ({@code data/reference/departments.csv}), presidential shares roughly as in 2020, and a few of
	 * their real provinces and municipalities. {@code =n} weights a municipality's mesas (default
	 * 1 to 4 at random); {@code *} marks municipalities of the special constituency's peoples.
	 */
	private enum Department {

		CHUQUISACA(1, "Chuquisaca", 1859, 368_623, 1, 5, 0, 0, shares(4.0, 49.3, 1.9, 0.7, 44.1), null,
				"Oropeza: Sucre=40, Yotala, Poroma; Zudáñez: Zudáñez, Presto, Mojocoya, Icla; "
						+ "Tomina: Padilla, Tomina, Sopachuy, Villa Alcalá, El Villar; Hernando Siles: Monteagudo, "
						+ "Huacareta; Luis Calvo: Villa Vaca Guzmán, Huacaya, Macharetí; Nor Cinti: Camargo, San Lucas, "
						+ "Incahuasi"),

		LA_PAZ(2, "La Paz", 9214, 1_923_305, 6, 19, 1, 150, shares(1.1, 68.4, 1.4, 0.5, 28.6),
				specialShares(0.02, "CONAMAQ", "CIDOB"),
				"Murillo: Nuestra Señora de La Paz=30, Palca, Mecapaca, Achocalla, El Alto=32; Omasuyos: Achacachi, "
						+ "Ancoraimes, Huarina, Santiago de Huata; Los Andes: Pucarani, Laja, Batallas, Puerto Pérez; "
						+ "Ingavi: Viacha=4, Guaqui, Tiahuanacu, Desaguadero; Aroma: Sica Sica, Patacamaya, Colquencha; "
						+ "Caranavi: Caranavi, Alto Beni; Franz Tamayo: Apolo*=3, Pelechuco*=3; Abel Iturralde: "
						+ "Ixiamas*=3, San Buenaventura*=3"),

		COCHABAMBA(3, "Cochabamba", 6390, 1_340_548, 20, 28, 2, 90, shares(3.5, 65.9, 1.5, 0.5, 28.6),
				specialShares(0.04, "BIA_YUQUI", "CIDOB"),
				"Cercado: Cochabamba=35; Quillacollo: Quillacollo=6, Sipe Sipe, Tiquipaya, Vinto, Colcapirhua; "
						+ "Chapare: Sacaba=8, Colomi, Villa Tunari*=4; Carrasco: Totora, Pojo, Pocona, Chimoré*=3, "
						+ "Puerto Villarroel*=3, Entre Ríos; Esteban Arce: Tarata, Anzaldo; Ayopaya: Independencia, "
						+ "Morochata, Cocapata"),

		ORURO(4, "Oruro", 1704, 339_950, 29, 32, 3, 60, shares(1.6, 62.9, 2.3, 0.7, 32.5),
				specialShares(0.02, "CONAMAQ"),
				"Cercado: Oruro=40, Caracollo, El Choro, Soracachi; Pantaleón Dalence: Huanuni=3, Machacamarca; "
						+ "Poopó: Poopó, Pazña, Antequera; Sajama: Curahuara de Carangas, Turco; Sabaya: Sabaya*=3, "
						+ "Coipasa*=2, Chipaya*=3; Carangas: Corque, Choquecota"),

		POTOSI(5, "Potosí", 2364, 453_287, 33, 39, 0, 0, shares(1.9, 57.6, 2.6, 0.9, 37.0), null,
				"Tomás Frías: Potosí=25, Tinguipaya, Yocalla, Urmiri; Rafael Bustillo: Uncía, Chayanta, "
						+ "Llallagua=4, Chuquihuta; Cornelio Saavedra: Betanzos, Chaquí, Tacobamba; Chayanta: "
						+ "Colquechaca, Ravelo, Pocoata, Ocurí; Nor Chichas: Cotagaita, Vitichi; Sud Chichas: Tupiza=3, "
						+ "Atocha; Antonio Quijarro: Uyuni=3, Tomave, Porco"),

		TARIJA(6, "Tarija", 1856, 376_846, 40, 43, 4, 50, shares(5.0, 40.5, 2.8, 0.7, 51.0),
				specialShares(0.05, "ORCAWETA", "APG"),
				"Cercado: Tarija=40; Aniceto Arce: Padcaya, Bermejo=4; Gran Chaco: Yacuiba=10, Caraparí*=3, "
						+ "Villamontes*=4; Avilés: Uriondo, Yunchará; Méndez: Villa San Lorenzo, El Puente; "
						+ "O'Connor: Entre Ríos*=3"),

		SANTA_CRUZ(7, "Santa Cruz", 9016, 1_886_386, 44, 57, 5, 280, shares(45.0, 36.2, 1.8, 0.5, 16.5),
				specialShares(0.15, "APG", "OICH", "CIDOB"),
				"Andrés Ibáñez: Santa Cruz de la Sierra=55, Cotoca, Porongo, La Guardia=3, El Torno; Warnes: "
						+ "Warnes=3, Okinawa Uno; Ichilo: Buena Vista, San Carlos, Yapacaní=3; Chiquitos: San José de "
						+ "Chiquitos, Pailón, Roboré; Sara: Portachuelo, Santa Rosa del Sara, Colpa Bélgica; "
						+ "Cordillera: Lagunillas*=3, Charagua*=3, Cabezas, Cuevo*=3, Gutiérrez*=3, Camiri=3, Boyuibe; "
						+ "Obispo Santistevan: Montero=5, General Saavedra, Mineros, Fernández Alonso, San Pedro; "
						+ "Ñuflo de Chávez: Concepción*=3, San Javier, San Julián, San Antonio de Lomerío*=3, "
						+ "Cuatro Cañadas; Germán Busch: Puerto Suárez, Puerto Quijarro"),

		BENI(8, "Beni", 1351, 270_213, 58, 61, 6, 130, shares(20.3, 40.8, 1.3, 0.4, 37.2),
				specialShares(0.12, "CPEM_B", "CIDOB"),
				"Cercado: Trinidad=30, San Javier; Vaca Díez: Riberalta=12, Guayaramerín=6; José Ballivián: Reyes, "
						+ "San Borja*=5, Santa Rosa, Rurrenabaque; Yacuma: Santa Ana del Yacuma, Exaltación; Moxos: "
						+ "San Ignacio de Moxos*=6; Marbán: Loreto*=4, San Andrés*=4; Mamoré: San Joaquín, San Ramón, "
						+ "Puerto Siles; Iténez: Magdalena, Baures, Huacaraje"),

		PANDO(9, "Pando", 403, 72_136, 62, 63, 7, 40, shares(11.6, 47.8, 1.5, 0.5, 38.6),
				specialShares(0.08, "YAMINAWA", "CIDOB"),
				"Nicolás Suárez: Cobija=40, Porvenir, Bella Flor, Bolpebra; Manuripi: Puerto Rico, San Pedro, "
						+ "Filadelfia*=4; Madre de Dios: Puerto Gonzalo Moreno*=4, San Lorenzo*=4, Sena*=4; Abuná: "
						+ "Santa Rosa del Abuná, Ingavi; Federico Román: Nueva Esperanza, Villa Nueva, Santos Mercado");

		final int id;

		final String name;

		final int mesas;

		final int registered;

		final int uninominalFirst;

		final int uninominalLast;

		final int specialConstituency;

		final int specialMesas;

		final double[] shares;

		final double[] specialShares;

		final String provinces;

		Department(int id, String name, int mesas, int registered, int uninominalFirst, int uninominalLast,
				int specialConstituency, int specialMesas, double[] shares, double[] specialShares, String provinces) {
			this.id = id;
			this.name = name;
			this.mesas = mesas;
			this.registered = registered;
			this.uninominalFirst = uninominalFirst;
			this.uninominalLast = uninominalLast;
			this.specialConstituency = specialConstituency;
			this.specialMesas = specialMesas;
			this.shares = shares;
			this.specialShares = specialShares;
			this.provinces = provinces;
		}

	}

	/**
	 * Countries with Bolivian voters, roughly weighted like 2020 (Argentina, Spain, Brazil and
	 * Chile hold most), with their regions and cities. Country ids as in the real export.
	 */
	private static final String[] ABROAD = { "11 Argentina 620 | Buenos Aires: C.A. Buenos Aires=10, La Matanza=5, "
			+ "Lomas de Zamora=3, Quilmes=2, Escobar, Pilar, La Plata=2; Mendoza: Mendoza=2, Maipú; Córdoba: Córdoba=2; "
			+ "Salta: Salta, Tartagal; Jujuy: San Salvador de Jujuy=2; Santa Fe: Rosario; Neuquén: Neuquén; Chubut: "
			+ "Comodoro Rivadavia",
			"67 España 280 | Madrid: Madrid=6; Cataluña: Barcelona=5; Valencia: Valencia=2; Murcia: Murcia=2; "
					+ "Andalucía: Sevilla, Málaga; Euskadi: Bilbao; Islas Baleares: Palma de Mallorca",
			"34 Brasil 190 | Sao Paulo: Sao Paulo=8, Guarulhos; Río de Janeiro: Río de Janeiro; Distr. Federal: "
					+ "Brasilia; Mato Grosso do Sul: Corumbá=2; Rondonia: Guajará-Mirim; Acre: Epitaciolândia",
			"44 Chile 140 | Metropolitana: Santiago=5; Tarapacá: Iquique=2; Antofagasta: Antofagasta, Calama; "
					+ "Arica y Parinacota: Arica=2",
			"62 Estados Unidos 60 | Virginia: Arlington=2; New York: New York; Dist. Columbia: Washington D.C.; "
					+ "California: Los Angeles; Florida: Miami; Texas: Houston",
			"124 Italia 35 | Lazio: Roma; Lombardía: Milán=2, Bérgamo; Liguria: Génova",
			"182 Perú 15 | Lima: Lima=2; Cusco: Cusco; Tacna: Tacna; Puno: Puno", "181 Paraguay 8 | Dist. Capital: Asunción",
			"213 Suiza 8 | Ginebra: Ginebra; Zúrich: Zúrich", "74 Francia 6 | Ile de France: París",
			"4 Alemania 5 | Berlín: Berlín", "108 Gran Bretaña 5 | Inglaterra: Londres",
			"154 México 5 | México D.F.: México D.F.", "38 Canadá 5 | Ontario: Toronto; Quebec: Montreal",
			"49 Colombia 4 | Cundinamarca: Bogotá", "57 Cuba 4 | La Habana: La Habana",
			"233 Uruguay 3 | Montevideo: Montevideo", "129 Japón 3 | Kanto: Tokio", "212 Suecia 3 | Estocolmo: Estocolmo",
			"24 Bélgica 3 | Bruselas: Bruselas", "65 Ecuador 3 | Pichincha: Quito; Guayas: Guayaquil",
			"239 Venezuela 3 | Distrito Capital: Caracas", "168 Países Bajos 3 | Holanda Meridional: La Haya",
			"45 China 2 | Beijing: Beijín", "194 Rusia 2 | Distr. Federal: Moscú", "17 Austria 2 | Viena: Viena",
			"53 Costa Rica 2 | San José: San José", "175 Panamá 2 | Panamá: Ciudad de Panamá",
			"63 Egipto 1 | El Cairo: El Cairo", "107 India 1 | Delhi: Nueva Delhi" };

	private static final String[] HEROES = { "Simón Bolívar", "Antonio José de Sucre", "Juana Azurduy de Padilla",
			"Eduardo Abaroa", "Germán Busch", "Andrés de Santa Cruz", "Pedro Domingo Murillo", "Bartolina Sisa",
			"Túpac Katari", "Franz Tamayo", "Avelino Siñani", "Elizardo Pérez", "Marcelo Quiroga Santa Cruz",
			"Hernando Siles", "6 de Agosto", "27 de Mayo", "Jesús de Nazareno", "Adela Zamudio", "Gualberto Villarroel",
			"Ismael Montes", "Bautista Saavedra", "Ñuflo de Chávez", "Esteban Arze", "Manuel Isidoro Belzu",
			"José Ballivián", "Nuestra Señora del Carmen", "San Francisco de Asís", "Litoral", "Aniceto Arce",
			"Mariscal Braun" };

	private static final String[] ZONES = { "Villa Victoria", "Zona Sur", "Barrio Lindo", "Villa Fátima", "Plan 3000",
			"Alto Sopocachi", "Villa Adela", "Senkata", "Villa Pagador", "Barrio Petrolero", "Zona Norte", "Las Panosas",
			"Villa Dolores", "San Miguel", "Cala Cala" };

	private static final String[] PLACES = { "Villa Esperanza", "San Isidro", "Santa Rosa", "San José", "San Pedro",
			"San Antonio", "Chuñavi", "Pampa Grande", "Tres Cruces", "Huancané", "Achica Arriba", "Cruce Culta",
			"Laja Tambo", "Collpa", "Pucara", "Chuquiña", "Tacachi", "Palca Grande", "Totora Pampa", "Villa Serrano",
			"Sorata Baja", "Caquiaviri", "Jesús de Machaca", "Copacabana", "Puerto Acosta", "Tolata", "Punata", "Arani",
			"Vacas", "Mizque", "Aiquile", "Saipina", "Comarapa", "Mairana", "Samaipata", "El Carmen", "Tres Arroyos",
			"Nueva Esperanza", "Villa Aroma", "Llavini", "Challapata", "Quillacas", "Ayllu Sullka", "Tomata",
			"Cruz Loma", "Kellkata", "Wila Khara", "Japo", "Tutimayu", "Río Seco", "Las Lomas", "La Merced", "La Curva",
			"Cotapachi", "Las Habras", "El Palmar", "Rosario del Ingre", "Ivirgarzama", "Bulo Bulo", "Peña Blanca" };

	private static final String[] SUFFIXES = { "Alto", "Bajo", "Centro", "Norte", "Sur", "Grande", "Chico" };

	/** One recinto of the plan: where its mesas are and which codes they have. */
	private static final class RecintoPlan {

		final Place place;

		final int id;

		final String name;

		final int mesas;

		final boolean rural;

		int firstCode;

		int firstIndex;

		int uninominal;

		int specialConstituency;

		RecintoPlan(Place place, int id, String name, int mesas, boolean rural) {
			this.place = place;
			this.id = id;
			this.name = name;
			this.mesas = mesas;
			this.rural = rural;
		}

		Mesa mesa(long seed, int offset) {
			int code = this.firstCode + offset;
			Region region = this.place.region;
			SplittableRandom random = new SplittableRandom(hash(seed, SALT_REGISTERED, code, 0));
			int registered = (random.nextDouble() < region.fullShare) ? FULL_MESA
					: SMALLEST_MESA + random.nextInt(FULL_MESA - SMALLEST_MESA);
			Place place = this.place;
			return new Mesa(this.firstIndex + offset, code, place.countryId, place.country, place.departmentId,
					place.department, this.uninominal, this.specialConstituency, place.provinceId, place.province,
					place.section, place.municipality, place.localityId, place.locality, this.id, this.name,
					offset + 1, registered);
		}

	}

	/** A locality with everything above it. */
	private record Place(Region region, int countryId, String country, int departmentId, String department,
			int provinceId, String province, int section, String municipality, int localityId, String locality,
			boolean indigenous) {

	}

	/** A named thing with a weight, parsed from the tables above. */
	private record Weighted(String name, int weight, boolean indigenous) {

		static Weighted parse(String text, SplittableRandom random) {
			String name = text.trim();
			int weight = 0;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				weight = Integer.parseInt(name.substring(equals + 1).trim());
				name = name.substring(0, equals).trim();
			}
			boolean indigenous = name.endsWith("*");
			if (indigenous) {
				name = name.substring(0, name.length() - 1).trim();
			}
			// Drawn even when fixed so that the draws do not depend on which weights are fixed.
			int drawn = 1 + random.nextInt(4);
			return new Weighted(name, (weight > 0) ? weight : drawn, indigenous);
		}

	}

	/**
	 * The geography of a whole synthetic election: recintos in code order, abroad first, then
	 * departments 1..9. Depends only on the seed and the number of mesas, never on selections.
	 */
	private static final class Plan {

		final List<RecintoPlan> recintos = new ArrayList<>();

		final int mesas;

		private int nextLocalityId = 700;

		private int nextRecintoId = 1;

		private Plan(int mesas) {
			this.mesas = mesas;
		}

		static Plan of(long seed, int mesas) {
			Plan plan = new Plan(mesas);
			int abroad = (int) Math.round((double) mesas * MESAS_ABROAD_2020 / MESAS_2020);
			int bolivia = mesas - abroad;
			Department[] departments = Department.values();
			int[] departmentMesas = largestRemainder(bolivia,
					Arrays.stream(departments).mapToInt((department) -> department.mesas).toArray(), false);
			int specialTotal = (int) Math.round(
					(double) SPECIAL_MESAS_2020 * bolivia / (MESAS_2020 - MESAS_ABROAD_2020));
			int[] specialMesas = largestRemainder(specialTotal,
					Arrays.stream(departments).mapToInt((department) -> department.specialMesas).toArray(), false);
			// Codes like the real ones (department × 10,000 + n, abroad from 1,001), widened when a
			// department has more mesas than the block holds.
			int maxDepartment = Arrays.stream(departmentMesas).max().orElse(0);
			int block = 10_000;
			while (maxDepartment >= block || block / 10 + abroad >= block) {
				block *= 10;
			}
			List<RecintoPlan> boliviaRecintos = new ArrayList<>();
			for (int i = 0; i < departments.length; i++) {
				List<RecintoPlan> recintos = plan.department(seed, departments[i], departmentMesas[i],
						specialMesas[i]);
				number(recintos, departments[i].id * block + 1);
				boliviaRecintos.addAll(recintos);
			}
			List<RecintoPlan> abroadRecintos = plan.abroad(seed, abroad);
			number(abroadRecintos, block / 10 + 1);
			plan.recintos.addAll(abroadRecintos);
			plan.recintos.addAll(boliviaRecintos);
			int index = 0;
			for (RecintoPlan recinto : plan.recintos) {
				recinto.firstIndex = index;
				index += recinto.mesas;
			}
			return plan;
		}

		private static void number(List<RecintoPlan> recintos, int firstCode) {
			int code = firstCode;
			for (RecintoPlan recinto : recintos) {
				recinto.firstCode = code;
				code += recinto.mesas;
			}
		}

		private List<RecintoPlan> department(long seed, Department department, int mesas, int specialMesas) {
			SplittableRandom random = new SplittableRandom(hash(seed, SALT_PLAN, department.id, 0));
			Region region = Region.DEPARTMENTS[department.id];
			List<String[]> provinces = new ArrayList<>();
			List<Weighted> municipalities = new ArrayList<>();
			for (String province : department.provinces.split(";")) {
				String[] parts = province.split(":");
				String[] names = parts[1].split(",");
				provinces.add(new String[] { parts[0].trim(), String.valueOf(names.length) });
				for (String name : names) {
					municipalities.add(Weighted.parse(name, random));
				}
			}
			int[] municipalityMesas = largestRemainder(mesas,
					municipalities.stream().mapToInt(Weighted::weight).toArray(), false);
			List<RecintoPlan> recintos = new ArrayList<>();
			int municipality = 0;
			for (int p = 0; p < provinces.size(); p++) {
				int count = Integer.parseInt(provinces.get(p)[1]);
				for (int section = 1; section <= count; section++, municipality++) {
					Weighted weighted = municipalities.get(municipality);
					Place town = new Place(region, BOLIVIA, "Bolivia", department.id, department.name, p + 1,
							provinces.get(p)[0], section, weighted.name(), 0, weighted.name(), weighted.indigenous());
					recintos.addAll(municipality(random, town, weighted.weight(), municipalityMesas[municipality]));
				}
			}
			// Uninominal constituencies cut the department in contiguous runs of about equal size:
			// cities hold several, rural provinces share the last ones.
			int seats = department.uninominalLast - department.uninominalFirst + 1;
			long offset = 0;
			for (RecintoPlan recinto : recintos) {
				recinto.uninominal = department.uninominalFirst + (int) (offset * seats / Math.max(1, mesas));
				offset += recinto.mesas;
			}
			if (department.specialConstituency > 0) {
				chooseSpecial(random, recintos, department.specialConstituency, specialMesas);
			}
			return recintos;
		}

		/**
		 * The special ballot is voted in rural recintos, first in the peoples' own municipalities;
		 * recintos are taken whole until the wanted number of mesas is reached.
		 */
		private static void chooseSpecial(SplittableRandom random, List<RecintoPlan> recintos, int constituency,
				int wanted) {
			List<RecintoPlan> own = new ArrayList<>();
			List<RecintoPlan> otherRural = new ArrayList<>();
			for (RecintoPlan recinto : recintos) {
				if (recinto.place.indigenous() && recinto.rural) {
					own.add(recinto);
				}
				else if (recinto.rural) {
					otherRural.add(recinto);
				}
			}
			shuffle(own, random);
			shuffle(otherRural, random);
			int taken = 0;
			for (List<RecintoPlan> candidates : List.of(own, otherRural)) {
				for (RecintoPlan recinto : candidates) {
					if (taken + recinto.mesas <= wanted) {
						recinto.specialConstituency = constituency;
						taken += recinto.mesas;
					}
				}
			}
		}

		private List<RecintoPlan> municipality(SplittableRandom random, Place town, int weight, int mesas) {
			List<RecintoPlan> recintos = new ArrayList<>();
			if (mesas == 0) {
				return recintos;
			}
			boolean city = weight >= 10;
			boolean bigTown = weight >= 3;
			double urbanShare = city ? 0.97 : bigTown ? 0.7 : 0.35;
			int urban = Math.max(1, (int) Math.round(mesas * urbanShare));
			int smallest = city ? 5 : bigTown ? 3 : 2;
			int largest = city ? 30 : bigTown ? 14 : 8;
			Place urbanPlace = withLocality(town, this.nextLocalityId++, town.municipality());
			for (int left = urban; left > 0;) {
				int size = Math.min(left, smallest + random.nextInt(largest - smallest + 1));
				recintos.add(new RecintoPlan(urbanPlace, this.nextRecintoId++, urbanRecintoName(random), size, false));
				left -= size;
			}
			Set<String> used = new HashSet<>();
			for (int left = mesas - urban; left > 0;) {
				Place village = withLocality(town, this.nextLocalityId++, placeName(random, used));
				int count = 1 + random.nextInt(3);
				for (int i = 0; i < count && left > 0; i++) {
					int size = Math.min(left, 1 + random.nextInt(4));
					recintos.add(new RecintoPlan(village, this.nextRecintoId++, ruralRecintoName(random, village),
							size, true));
					left -= size;
				}
			}
			return recintos;
		}

		private List<RecintoPlan> abroad(long seed, int mesas) {
			SplittableRandom random = new SplittableRandom(hash(seed, SALT_PLAN, 0, 0));
			List<RecintoPlan> recintos = new ArrayList<>();
			int[] weights = Arrays.stream(ABROAD)
				.mapToInt((country) -> Integer.parseInt(lastWord(country.split("\\|")[0])))
				.toArray();
			int[] countryMesas = largestRemainder(mesas, weights, mesas >= ABROAD.length);
			int regionId = 10;
			for (int c = 0; c < ABROAD.length; c++) {
				String[] halves = ABROAD[c].split("\\|");
				String[] head = halves[0].trim().split(" ");
				int countryId = Integer.parseInt(head[0]);
				String country = String.join(" ", Arrays.copyOfRange(head, 1, head.length - 1));
				boolean large = weights[c] >= 100;
				List<Place> cities = new ArrayList<>();
				List<Integer> cityWeights = new ArrayList<>();
				for (String regionText : halves[1].split(";")) {
					String[] parts = regionText.split(":");
					String region = parts[0].trim();
					String[] names = parts[1].split(",");
					for (int i = 0; i < names.length; i++) {
						Weighted city = Weighted.parse(names[i], random);
						cities.add(new Place(Region.ABROAD, countryId, country, regionId, region, i + 1, city.name(), 1,
								city.name(), 0, city.name(), false));
						cityWeights.add(city.weight());
					}
					regionId++;
				}
				int[] cityMesas = largestRemainder(countryMesas[c],
						cityWeights.stream().mapToInt(Integer::intValue).toArray(), false);
				for (int i = 0; i < cities.size(); i++) {
					if (cityMesas[i] == 0) {
						continue;
					}
					Place city = withLocality(cities.get(i), this.nextLocalityId++, cities.get(i).locality());
					boolean first = true;
					for (int left = cityMesas[i]; left > 0;) {
						int size = Math.min(left, large ? 3 + random.nextInt(23) : 1 + random.nextInt(8));
						String name = first ? (large ? "Consulado de Bolivia" : "Embajada")
								: abroadRecintoName(random, city);
						recintos.add(new RecintoPlan(city, this.nextRecintoId++, name, size, false));
						left -= size;
						first = false;
					}
				}
			}
			return recintos;
		}

		private static String lastWord(String text) {
			String[] words = text.trim().split(" ");
			return words[words.length - 1];
		}

		private static Place withLocality(Place place, int localityId, String locality) {
			return new Place(place.region(), place.countryId(), place.country(), place.departmentId(),
					place.department(), place.provinceId(), place.province(), place.section(), place.municipality(),
					localityId, locality, place.indigenous());
		}

		private static String urbanRecintoName(SplittableRandom random) {
			String hero = pick(random, HEROES);
			int form = random.nextInt(20);
			return switch (form) {
				// Commas and quotes inside names are what real exports have and parsers trip on.
				case 0, 1 -> "U. E. " + hero + ", " + pick(random, ZONES);
				case 2 -> "U. E. " + hero + " \"" + (char) ('A' + random.nextInt(3)) + "\" (Temporal)";
				case 3, 4, 5, 6 -> "Colegio " + hero;
				case 7, 8 -> "Col. Nacional Mixto " + hero;
				case 9, 10 -> "Esc. " + hero;
				case 11 -> "Unidad Educativa " + hero + " (Temporal)";
				default -> "U.E. " + hero;
			};
		}

		private static String ruralRecintoName(SplittableRandom random, Place village) {
			return switch (random.nextInt(4)) {
				case 0 -> "Escuela " + village.locality();
				case 1 -> "U.E. " + pick(random, HEROES);
				default -> "U.E. " + village.locality();
			};
		}

		private static String abroadRecintoName(SplittableRandom random, Place city) {
			if ("Londres".equals(city.locality()) && random.nextInt(2) == 0) {
				return "ETC. Venues, Elephant & Castle, Avonmouth House";
			}
			return switch (random.nextInt(5)) {
				case 0 -> "Esc. Primaria Común N° " + (1 + random.nextInt(40)) + " " + pick(random, HEROES);
				case 1 -> "Colegio " + pick(random, HEROES);
				case 2 -> "Polideportivo Municipal, " + city.locality();
				case 3 -> "Instituto " + pick(random, HEROES);
				default -> "Esc. N° " + (1 + random.nextInt(120));
			};
		}

		private static String placeName(SplittableRandom random, Set<String> used) {
			String name = pick(random, PLACES);
			for (int attempt = 0; !used.add(name); attempt++) {
				name = pick(random, PLACES) + " " + SUFFIXES[attempt % SUFFIXES.length]
						+ ((attempt >= SUFFIXES.length) ? " " + (attempt / SUFFIXES.length + 1) : "");
			}
			return name;
		}

		private static String pick(SplittableRandom random, String[] names) {
			return names[random.nextInt(names.length)];
		}

		private static <T> void shuffle(List<T> list, SplittableRandom random) {
			for (int i = list.size() - 1; i > 0; i--) {
				Collections.swap(list, i, random.nextInt(i + 1));
			}
		}

	}

	/**
	 * Splits {@code total} in proportion to weights (largest remainder), deterministically; with
	 * {@code atLeastOne} every weight gets at least one when there are enough.
	 */
	static int[] largestRemainder(int total, int[] weights, boolean atLeastOne) {
		int[] parts = new int[weights.length];
		int positive = (int) Arrays.stream(weights).filter((weight) -> weight > 0).count();
		int rest = total;
		if (atLeastOne && total >= positive) {
			for (int i = 0; i < weights.length; i++) {
				if (weights[i] > 0) {
					parts[i] = 1;
					rest--;
				}
			}
		}
		long sum = Arrays.stream(weights).asLongStream().sum();
		if (sum == 0 || rest == 0) {
			return parts;
		}
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = (double) rest * weights[i] / sum;
			int whole = (int) Math.floor(exact);
			parts[i] += whole;
			given += whole;
			remainders[i] = exact - whole;
		}
		Integer[] order = new Integer[weights.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> (remainders[a] != remainders[b]) ? Double.compare(remainders[b], remainders[a])
				: Integer.compare(a, b));
		for (int i = 0; given < rest; i++, given++) {
			parts[order[i % order.length]]++;
		}
		return parts;
	}

	// ------------------------------------------------------------------------------------------
	// Command line
	// ------------------------------------------------------------------------------------------

	/**
	 * {@code --scale 1 | --mesas N, --out FILE|-, [--seed 42] [--ballots PRESIDENT,UNINOMINAL,SPECIAL]
	 * [--charset UTF-8|ISO-8859-1] [--delimiter ,|;] [--bom] [--crlf] [--quote-text]
	 * [--layout SINGLE_HEADER|UNION_HEADER|PER_BALLOT_HEADERS] [--counted FRACTION]
	 * [--correct FRACTION [--variant N]]}: {@code --correct} gives a deterministic share of the mesas
	 * corrected numbers (correction {@code --variant}, default 1). Writes a
	 * summary and the totals per ballot to standard error.
	 */
	public static void main(String[] args) throws IOException {
		Builder builder = builder();
		String out = null;
		double corrected = 0;
		int variant = 1;
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			switch (option) {
				case "--scale" -> builder.scale(Double.parseDouble(value(args, ++i, option)));
				case "--mesas" -> builder.mesas(Integer.parseInt(value(args, ++i, option)));
				case "--out" -> out = value(args, ++i, option);
				case "--seed" -> builder.seed(Long.parseLong(value(args, ++i, option)));
				case "--ballots" -> builder.ballots(Arrays.stream(value(args, ++i, option).split(","))
					.map((name) -> Ballot.valueOf(name.trim().toUpperCase(Locale.ROOT)))
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Ballot.class))));
				case "--charset" -> builder.charset(Charset.forName(value(args, ++i, option)));
				case "--delimiter" -> builder.delimiter(delimiter(value(args, ++i, option)));
				case "--bom" -> builder.bom(true);
				case "--crlf" -> builder.crlf(true);
				case "--quote-text" -> builder.quoteText(true);
				case "--layout" -> builder.layout(Layout.valueOf(value(args, ++i, option).toUpperCase(Locale.ROOT)));
				case "--counted" -> builder.counted(Double.parseDouble(value(args, ++i, option)));
				case "--correct" -> corrected = Double.parseDouble(value(args, ++i, option));
				case "--variant" -> variant = Integer.parseInt(value(args, ++i, option));
				case "--help", "-h" -> {
					usage(System.out);
					return;
				}
				default -> {
					usage(System.err);
					throw new IllegalArgumentException("Unknown option: " + option);
				}
			}
		}
		if (out == null) {
			usage(System.err);
			throw new IllegalArgumentException("--out is required");
		}
		if (corrected > 0) {
			// A deterministic, spread-out share of the mesas, independent of the count order.
			long seed = builder.seed;
			double share = corrected;
			builder.correct((mesa) -> unit(hash(seed, SALT_CORRECTED, mesa.code(), 0)) < share, variant);
		}
		long start = System.nanoTime();
		SyntheticExport export = builder.build();
		Map<Ballot, Totals> totals;
		String size;
		if ("-".equals(out)) {
			totals = export.writeCsv(System.out);
			size = "";
		}
		else {
			Path file = Path.of(out);
			totals = export.writeCsv(file);
			size = String.format(Locale.ROOT, ", %,d bytes", Files.size(file));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long rows = totals.values().stream().mapToLong(Totals::rows).sum();
		System.err.printf(Locale.ROOT, "%,d rows of %,d mesas (%s layout)%s in %,d ms to %s%n", rows,
				export.mesas().count(), export.layout(), size, millis, out);
		totals.values().forEach((ballot) -> System.err.printf(Locale.ROOT,
				"%-10s rows %,d registered %,d emitted %,d valid %,d blank %,d null %,d %s%n", ballot.ballot(),
				ballot.rows(), ballot.registered(), ballot.emitted(), ballot.valid(), ballot.blank(),
				ballot.nullVotes(), ballot.votes()));
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static char delimiter(String value) {
		if ("tab".equalsIgnoreCase(value) || "\\t".equals(value)) {
			return '\t';
		}
		if (value.length() != 1) {
			throw new IllegalArgumentException("--delimiter takes one character: " + value);
		}
		return value.charAt(0);
	}

	private static void usage(PrintStream out) {
		out.println("usage: SyntheticExport (--scale X | --mesas N) --out FILE|- [--seed 42]"
				+ " [--ballots PRESIDENT,UNINOMINAL,SPECIAL] [--charset UTF-8|ISO-8859-1] [--delimiter ,|;]"
				+ " [--bom] [--crlf] [--quote-text] [--layout SINGLE_HEADER|UNION_HEADER|PER_BALLOT_HEADERS]"
				+ " [--counted FRACTION] [--correct FRACTION [--variant N]]");
	}

}
