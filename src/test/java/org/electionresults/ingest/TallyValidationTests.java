package org.electionresults.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.electionresults.ingest.Upload.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of each row: every broken rule is an error at the row's line and column, and
 * keeps the row from the sink; suspicious but possible values are warnings.
 */
class TallyValidationTests {

	@TempDir
	Path directory;

	@Test
	void acceptsAValidRowOfEachBallot() {
		Read read = read(Acta.president(10001), Acta.uninominal(10001), Acta.abroad(1001));
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.report().warnings()).isEmpty();
		assertThat(read.rows()).hasSize(3);
	}

	@Test
	void partyVotesMustAddUpToValidVotes() {
		Read read = read(Acta.president(10001),
				Acta.president(10002).set("VOTO_VALIDO", "99").set("VOTO_EMITIDO", "104"));
		assertThat(read.error()).isEqualTo(error(3, "VOTO_VALIDO", "sum-mismatch", 98L, 99L));
		assertThat(read.rows()).extracting(TallyRow::mesaCode).containsExactly(10001);
	}

	@Test
	void withdrawnPartiesCountInTheSumAndAreWarnedAbout() {
		Acta acta = Acta.president(10001).votes("ADN", 2).votes("JUNTOS", 1);
		Read read = read(acta);
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows().get(0).acta().valid()).isEqualTo(101);
		assertThat(read.rows().get(0).acta().votes().get(1)).isEqualTo(2);
		assertThat(read.report().warnings()).containsExactly(warning(2, "ADN", "withdrawn-party-votes", 2L, "ADN"),
				warning(2, "JUNTOS", "withdrawn-party-votes", 1L, "JUNTOS"));
		assertThat(read.report().warningCount()).isEqualTo(2);
	}

	@Test
	void withdrawnPartyVotesLeftOutOfTheSumAreAnError() {
		Read read = read(
				Acta.president(10001).votes("LIBRE_21", 3).set("VOTO_VALIDO", "98").set("VOTO_EMITIDO", "103"));
		assertThat(read.error()).isEqualTo(error(2, "VOTO_VALIDO", "sum-mismatch", 101L, 98L));
	}

	@Test
	void validBlankAndNullMustAddUpToEmitted() {
		Read read = read(Acta.president(10001).set("VOTO_EMITIDO", "104").set("INSCRITOS_HABILITADOS", "220"));
		assertThat(read.error()).isEqualTo(error(2, "VOTO_EMITIDO", "emitted-mismatch", 98L, 3L, 2L, 103L, 104L));
	}

	@Test
	void emittedMustNotExceedRegistered() {
		Read read = read(Acta.president(10001).set("INSCRITOS_HABILITADOS", "102"));
		assertThat(read.error()).isEqualTo(error(2, "VOTO_EMITIDO", "emitted-above-registered", 103L, 102L));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			abc    | not-a-number       | abc
			12.5   | not-a-whole-number | 12.5
			-3     | negative-number    | -3
			1.000  | ambiguous-number   | 1.000
			3000000000 | number-too-large | 3000000000
			1e3    | not-a-number       | 1e3
			1,0    | not-a-number       | 1,0
			""")
	void countsMustBeNonNegativeWholeNumbers(String cell, String code, String shown) {
		Read read = read(Acta.president(10001).set("NUMERO_MESA", cell));
		assertThat(read.error()).isEqualTo(error(2, "NUMERO_MESA", code, shown));
		assertThat(read.rows()).isEmpty();
	}

	@Test
	void requiredCountsMustNotBeEmpty() {
		Read read = read(Acta.president(10001).set("ID_LOCALIDAD", ""));
		assertThat(read.error()).isEqualTo(error(2, "ID_LOCALIDAD", "missing-value"));
	}

	@Test
	void aBadVoteCountIsReportedOnceWithoutConsequentialSumErrors() {
		Read read = read(Acta.president(10001).set("MAS_IPSP", "setenta"));
		assertThat(read.error()).isEqualTo(error(2, "MAS_IPSP", "not-a-number", "setenta"));
	}

	@Test
	void reportsEveryProblemOfARowAndKeepsReading() {
		Read read = read(Acta.president(10001).set("NUMERO_MESA", "x").set("VOTO_VALIDO", "97").set("RECINTO",
				"r".repeat(201)), Acta.president(10002).set("ID_PAIS", "-32"), Acta.president(10003));
		assertThat(read.report().errors()).containsExactly(error(2, "RECINTO", "text-too-long", 200),
				error(2, "NUMERO_MESA", "not-a-number", "x"), error(2, "VOTO_VALIDO", "sum-mismatch", 98L, 97L),
				error(2, "VOTO_EMITIDO", "emitted-mismatch", 97L, 3L, 2L, 102L, 103L),
				error(3, "ID_PAIS", "negative-number", "-32"));
		assertThat(read.rows()).extracting(TallyRow::mesaCode).containsExactly(10003);
	}

	@Test
	void quotesOnlyTheBeginningOfALongCell() {
		Read read = read(Acta.president(10001).set("NUMERO_MESA", "9".repeat(60) + "x"));
		assertThat(read.error().args()).containsExactly("9".repeat(40) + "…");
	}

	@Test
	void mesaCodeMustBePositive() {
		Read read = read(Acta.president(0));
		assertThat(read.error()).isEqualTo(error(2, "CODIGO_MESA", "mesa-code-not-positive"));
	}

	@Test
	void aNegativeMesaCodeIsNotAMesaCodeRatherThanANegativeCount() {
		Read read = read(Acta.president(10001).set("CODIGO_MESA", "-10001"));
		assertThat(read.error()).isEqualTo(error(2, "CODIGO_MESA", "mesa-code-not-positive"));
	}

	@Test
	void textIsCappedInLength() {
		Read read = read(Acta.president(10001).set("LOCALIDAD", "x".repeat(200)),
				Acta.president(10002).set("LOCALIDAD", "x".repeat(201)));
		assertThat(read.error()).isEqualTo(error(3, "LOCALIDAD", "text-too-long", 200));
		assertThat(read.rows().get(0).locality()).hasSize(200);
	}

	@Test
	void textMustNotContainNul() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		for (int mesa = 10001; mesa <= 10020; mesa++) {
			csv.row(Acta.president(mesa), Acta.UNINOMINAL_HEADER);
		}
		csv.row(Acta.president(10021).set("RECINTO", "Escu\0ela"), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error()).isEqualTo(error(22, "RECINTO", "invalid-character"));
	}

	@Test
	void ballotMustBeKnown() {
		Read read = read(Acta.president(10001).set("CANDIDATURA", "SENADOR"),
				Acta.president(10002).set("CANDIDATURA", ""));
		assertThat(read.report().errors()).containsExactly(error(2, "CANDIDATURA", "unknown-ballot", "SENADOR"),
				error(3, "CANDIDATURA", "unknown-ballot", ""));
	}

	@Test
	void ballotNamesAreMatchedLeniently() {
		Read read = read(Acta.uninominal(10001).set("CANDIDATURA", "diputado circunscripcion  uninominal"),
				Acta.president(10001).set("CANDIDATURA", "Presidente"));
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).hasSize(2);
	}

	@Test
	void departmentInBoliviaMustExist() {
		Read read = read(Acta.president(10001).set("ID_DEPARTAMENTO", "10"),
				Acta.president(10002).set("ID_DEPARTAMENTO", "0"));
		assertThat(read.report().errors()).containsExactly(error(2, "ID_DEPARTAMENTO", "department-unknown", 10),
				error(3, "ID_DEPARTAMENTO", "department-unknown", 0));
	}

	@Test
	void uninominalConstituencyMustBeInItsDepartment() {
		Read read = read(Acta.uninominal(10001, 1, 5), Acta.uninominal(10002, 1, 20), Acta.uninominal(20001, 3, 20),
				Acta.uninominal(20002, 3, 0));
		assertThat(read.report().errors()).containsExactly(
				error(3, "CIRCUNSCRIPCION_UNINOMINAL", "uninominal-outside-department", 20, "Chuquisaca", 1, 5),
				error(5, "CIRCUNSCRIPCION_UNINOMINAL", "uninominal-outside-department", 0, "Cochabamba", 20, 28));
		assertThat(read.rows()).extracting(TallyRow::constituency).containsExactly(5, 20);
	}

	@Test
	void specialConstituencyMustBeItsDepartments() {
		TallyCsv csv = TallyCsv.withHeader(Acta.SPECIAL_HEADER);
		csv.row(Acta.special(20001, 2, 1), Acta.SPECIAL_HEADER);
		csv.row(Acta.special(20002, 2, 2), Acta.SPECIAL_HEADER);
		csv.row(Acta.special(10001, 1, 1), Acta.SPECIAL_HEADER);
		csv.row(Acta.special(50001, 5, 0), Acta.SPECIAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).containsExactly(
				error(3, "CIRCUNSCRIPCION_ESPECIAL", "special-wrong-constituency", 2, "La Paz", 1),
				error(4, "CIRCUNSCRIPCION_ESPECIAL", "special-not-in-department", 1, "Chuquisaca"),
				error(5, "CIRCUNSCRIPCION_ESPECIAL", "special-not-in-department", 0, "Potosí"));
	}

	@Test
	void abroadOnlyThePresidentialBallotIsVoted() {
		Acta uninominalAbroad = Acta.abroad(1001)
			.set("CANDIDATURA", "DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL")
			.set("CIRCUNSCRIPCION_UNINOMINAL", "3");
		Read read = read(Acta.abroad(1002), uninominalAbroad);
		assertThat(read.error()).isEqualTo(
				error(3, "ID_PAIS", "abroad-not-president", "Alemania", "DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL"));
	}

	@Test
	void presidentialRowsHaveConstituencyZero() {
		Read read = read(Acta.president(10001).set("CIRCUNSCRIPCION_UNINOMINAL", "3"),
				Acta.president(10002).set("CIRCUNSCRIPCION_UNINOMINAL", ""));
		assertThat(read.report().errorCount()).isZero();
		assertThat(read.report().warnings()).contains(new Problem(2, null, "CIRCUNSCRIPCION_UNINOMINAL",
				"ingest.warning.presidential-constituency-ignored", List.of(3)));
		assertThat(read.rows()).extracting(TallyRow::constituency).containsExactly(0, 0);
	}

	@Test
	void realPresidentialRowCarryingItsUninominalConstituencyIsAcceptedWithAWarning() {
		// Seen in the real 19 October export (11 of its 10,572 presidential rows): the official
		// file must load, so the number is ignored with a warning.
		String real = "61537,PRESIDENTE,32,Bolivia,6,Tarija,43,3,Gran Chaco                              ,3,"
				+ "Villa Montes                            ,1980,Caigua                                  ,5,"
				+ "U.E. Cabo Juan,2,220,18,0,74,2,3,0,76,0,173,7,17,197,173,197";
		Read read = Upload.csv(this.directory, String.join(",", Acta.UNINOMINAL_HEADER) + "\n" + real + "\n");
		assertThat(read.report().errorCount()).isZero();
		assertThat(read.rows()).extracting(TallyRow::constituency).containsExactly(0);
		assertThat(read.report().warnings()).extracting(Problem::code)
			.contains("ingest.warning.presidential-constituency-ignored");
	}

	@Test
	void theOtherLayoutsConstituencyMustBeEmptyOrZero() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNION_HEADER);
		csv.row(Acta.special(80001).set("CIRCUNSCRIPCION_UNINOMINAL", "59"), Acta.UNION_HEADER);
		csv.row(Acta.uninominal(80001, 8, 59).set("CIRCUNSCRIPCION_ESPECIAL", "0"), Acta.UNION_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error()).isEqualTo(error(2, "CIRCUNSCRIPCION_UNINOMINAL", "constituency-not-applicable", 59,
				"DIPUTADO CIRCUNSCRIPCIÓN ESPECIAL"));
	}

	@Test
	void organisationsGetNoVotesOutsideTheSpecialBallot() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNION_HEADER);
		csv.row(Acta.president(80001).set("APG", "0"), Acta.UNION_HEADER);
		csv.row(Acta.uninominal(80001, 8, 59).set("OICH", "4"), Acta.UNION_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error())
			.isEqualTo(error(3, "OICH", "votes-off-ballot", 4, "OICH", "DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL"));
		assertThat(read.rows()).extracting(TallyRow::line).containsExactly(2);
	}

	@Test
	void organisationVotesCountInTheSpecialSum() {
		TallyCsv csv = TallyCsv.withHeader(Acta.SPECIAL_HEADER);
		csv.row(Acta.special(80001).set("VOTO_VALIDO", "98").set("VOTO_EMITIDO", "103"), Acta.SPECIAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error()).isEqualTo(error(2, "VOTO_VALIDO", "sum-mismatch", 143L, 98L));
	}

	@Test
	void specialRowsNeedTheOrganisationColumns() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		List<String> fields = new ArrayList<>(Acta.president(80001).fields(Acta.UNINOMINAL_HEADER));
		fields.set(1, "DIPUTADO CIRCUNSCRIPCIÓN ESPECIAL");
		fields.set(6, "6");
		csv.fields(fields);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error()).isEqualTo(error(2, null, "ballot-columns-missing", "DIPUTADO CIRCUNSCRIPCIÓN ESPECIAL",
				"CIRCUNSCRIPCION_ESPECIAL, APG, CPEM_B, CIDOB, BIA_YUQUI, CONAMAQ, OICH, ORCAWETA, YAMINAWA"));
	}

	@Test
	void truncatedRowsAreAnError() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER).row(Acta.president(10001), Acta.UNINOMINAL_HEADER);
		csv.fields(Acta.president(10002).fields(Acta.UNINOMINAL_HEADER).subList(0, 28));
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error()).isEqualTo(error(3, null, "wrong-field-count", 28, 31));
		assertThat(read.rows()).hasSize(1);
	}

	@Test
	void rowsWithExtraFieldsAreAnError() {
		String content = TallyCsv.of(Acta.president(10001)).trim() + ",7\n";
		Read read = Upload.csv(this.directory, content);
		assertThat(read.error()).isEqualTo(error(2, null, "wrong-field-count", 32, 31));
	}

	@Test
	void systemTotalsThatDifferAreWarnedAbout() {
		Read read = read(Acta.president(10001).set("VOTO_VALIDO_SISTEMA", "97").set("VOTO_EMITIDO_SISTEMA", "104"),
				Acta.president(10002).set("VOTO_VALIDO_SISTEMA", "").set("VOTO_EMITIDO_SISTEMA", ""));
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.report().warnings()).containsExactly(
				warning(2, "VOTO_VALIDO_SISTEMA", "system-total-mismatch", 97L, 98L, "VOTO_VALIDO"),
				warning(2, "VOTO_EMITIDO_SISTEMA", "system-total-mismatch", 104L, 103L, "VOTO_EMITIDO"));
		assertThat(read.rows().get(0).validSystem()).isEqualTo(97);
		assertThat(read.rows().get(1).validSystem()).isEqualTo(98);
		assertThat(read.rows().get(1).emittedSystem()).isEqualTo(103);
	}

	@Test
	void systemTotalsMustBeCountsToo() {
		Read read = read(Acta.president(10001).set("VOTO_VALIDO_SISTEMA", "n/a"));
		assertThat(read.error()).isEqualTo(error(2, "VOTO_VALIDO_SISTEMA", "not-a-number", "n/a"));
	}

	@Test
	void aMesaWithoutVotesIsWarnedAbout() {
		Acta empty = Acta.president(10001).votes("MAS_IPSP", 0).votes("CC", 0).blank(0).nullVotes(0);
		Read read = read(empty);
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.warning()).isEqualTo(warning(2, "VOTO_EMITIDO", "no-votes-cast"));
	}

	@Test
	void turnoutAbove99PercentIsWarnedAbout() {
		// 100 * 103 = 10300 > 99 * 104 = 10296, but not > 99 * 105 = 10395.
		Read read = read(Acta.president(10001).set("INSCRITOS_HABILITADOS", "104"),
				Acta.president(10002).set("INSCRITOS_HABILITADOS", "105"),
				Acta.president(10003).set("INSCRITOS_HABILITADOS", "103"));
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.report().warnings()).containsExactly(
				warning(2, "VOTO_EMITIDO", "turnout-above-99", 103L, 104L),
				warning(4, "VOTO_EMITIDO", "turnout-above-99", 103L, 103L));
	}

	@Test
	void rowsWithErrorsAreNotWarnedAbout() {
		Read read = read(Acta.president(10001).votes("ADN", 1).set("NUMERO_MESA", "x"));
		assertThat(read.report().warnings()).isEmpty();
	}

	private Read read(Acta... rows) {
		return Upload.csv(this.directory, TallyCsv.of(rows));
	}

	static Problem error(int line, String column, String code, Object... args) {
		return new Problem(line, null, column, "ingest.error." + code, List.of(args));
	}

	static Problem warning(int line, String column, String code, Object... args) {
		return new Problem(line, null, column, "ingest.warning." + code, List.of(args));
	}

}
