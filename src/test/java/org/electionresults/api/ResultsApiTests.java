package org.electionresults.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.ingest.UploadFiles;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The public results API against independent sums of the uploaded files: the withdrawn-party rule,
 * every level, HTTP caching.
 */
class ResultsApiTests extends CountIntegrationTest {

	private static final List<String> WITHDRAWN = List.of("ADN", "LIBRE_21", "JUNTOS");

	private static final List<String> RUNNING = List.of("CREEMOS", "MAS_IPSP", "FPV", "PAN_BOL", "CC");

	@Test
	void beforeAnyUploadTheNationalResultIsEmptyNotAnError() {
		assertThat(this.mvc.get().uri("/api/results/president")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.progress.counted")
			.isEqualTo(0);
		assertThat(this.mvc.get().uri("/api/results/president")).bodyJson()
			.extractingPath("$.firstRound.outcome")
			.isEqualTo("NO_VOTES");
		assertThat(this.mvc.get().uri("/api/seats/senate")).bodyJson().extractingPath("$.pending").isEqualTo(36);
		assertThat(this.mvc.get().uri("/api/seats/deputies")).bodyJson().extractingPath("$.pending").isEqualTo(130);
	}

	@Test
	void nationalPresidentEqualsTheFileWithWithdrawnPartiesCountedAsNull() {
		SyntheticExport export = SyntheticExport.builder().mesas(400).seed(21).ballots(EnumSet.allOf(Ballot.class)).build();
		SyntheticExport.Totals file = upload(export).get(Ballot.PRESIDENT);

		MvcTestResult result = this.mvc.get().uri("/api/results/president").exchange();

		long valid = RUNNING.stream().mapToLong(file::votes).sum();
		long withdrawn = WITHDRAWN.stream().mapToLong(file::votes).sum();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo((int) valid);
		assertThat(result).bodyJson().extractingPath("$.null").isEqualTo((int) (file.nullVotes() + withdrawn));
		assertThat(result).bodyJson().extractingPath("$.withdrawnPartyVotes").isEqualTo((int) withdrawn);
		assertThat(result).bodyJson().extractingPath("$.emitted").isEqualTo((int) file.emitted());
		assertThat(result).bodyJson().extractingPath("$.registered").isEqualTo((int) file.registered());
		assertThat(result).bodyJson().extractingPath("$.blank").isEqualTo((int) file.blank());
		assertThat(result).bodyJson().extractingPath("$.progress.counted").isEqualTo((int) file.rows());
		assertThat(result).bodyJson().extractingPath("$.progress.expected").isEqualTo(35_600);
		assertThat(result).bodyJson().extractingPath("$.parties.length()").isEqualTo(RUNNING.size());
		for (String party : RUNNING) {
			assertThat(result).bodyJson()
				.extractingPath("$.parties[?(@.code == '" + party + "')].votes")
				.asArray()
				.containsExactly((int) file.votes(party));
		}
		assertThat(result).bodyJson().extractingPath("$.firstRound.decided").isEqualTo(false);
	}

	@Test
	void aDepartmentAndAMesaEqualTheirRows() {
		SyntheticExport export = SyntheticExport.builder().mesas(400).seed(22).ballots(EnumSet.allOf(Ballot.class)).build();
		upload(export);
		List<SyntheticExport.Row> laPaz = export.rows()
			.filter((row) -> row.ballot() == Ballot.PRESIDENT && !row.mesa().abroad() && row.mesa().departmentId() == 2)
			.toList();
		assertThat(laPaz).isNotEmpty();
		long mas = laPaz.stream().mapToLong((row) -> row.votes("MAS_IPSP")).sum();
		long emitted = laPaz.stream().mapToLong(SyntheticExport.Row::emitted).sum();
		MvcTestResult department = this.mvc.get().uri("/api/results/president?department=2").exchange();
		assertThat(department).bodyJson().extractingPath("$.emitted").isEqualTo((int) emitted);
		assertThat(department).bodyJson()
			.extractingPath("$.parties[?(@.code == 'MAS_IPSP')].votes")
			.asArray()
			.containsExactly((int) mas);
		assertThat(department).bodyJson().extractingPath("$.progress.expected").isEqualTo(9214);

		SyntheticExport.Row one = laPaz.get(0);
		MvcTestResult mesa = this.mvc.get().uri("/api/results/president?mesa=" + one.mesa().code()).exchange();
		assertThat(mesa).bodyJson().extractingPath("$.emitted").isEqualTo(one.emitted());
		assertThat(mesa).bodyJson()
			.extractingPath("$.parties[?(@.code == 'CC')].votes")
			.asArray()
			.containsExactly(one.votes("CC"));
		assertThat(this.mvc.get().uri("/api/results/president?mesa=999999999")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aConstituencyHasItsPluralityWinner() {
		SyntheticExport export = SyntheticExport.builder().mesas(400).seed(23).ballots(EnumSet.allOf(Ballot.class)).build();
		upload(export);
		SyntheticExport.Row any = export.rows().filter((row) -> row.ballot() == Ballot.UNINOMINAL).findFirst().orElseThrow();
		int constituency = any.constituency();
		Map<String, Long> votes = new java.util.HashMap<>();
		export.rows()
			.filter((row) -> row.ballot() == Ballot.UNINOMINAL && row.constituency() == constituency)
			.forEach((row) -> RUNNING.forEach((party) -> votes.merge(party, (long) row.votes(party), Long::sum)));
		long best = votes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		List<String> leaders = votes.entrySet().stream().filter((e) -> e.getValue() == best).map(Map.Entry::getKey).toList();

		MvcTestResult result = this.mvc.get().uri("/api/results/deputies-uninominal?constituency=" + constituency).exchange();

		assertThat(result).bodyJson().extractingPath("$.winner.status").isEqualTo((leaders.size() == 1) ? "WON" : "TIED");
		assertThat(result).bodyJson().extractingPath("$.winner.parties").asArray().containsExactlyInAnyOrderElementsOf(leaders);
	}

	@Test
	void responsesCarryValidatorsAndAnswerConditionalRequestsWith304() {
		upload(SyntheticExport.builder().mesas(100).seed(24).ballots(Ballot.PRESIDENT).build());
		for (String uri : List.of("/api/results/president", "/api/seats/senate", "/api/seats/deputies",
				"/api/results/deputies-uninominal")) {
			MvcTestResult first = this.mvc.get().uri(uri).exchange();
			String etag = first.getResponse().getHeader("ETag");
			assertThat(etag).as(uri).isNotBlank();
			assertThat(first.getResponse().getHeader("Last-Modified")).as(uri).isNotBlank();
			assertThat(this.mvc.get().uri(uri).header("If-None-Match", etag)).as(uri)
				.hasStatus(HttpStatus.NOT_MODIFIED);
		}
		String before = this.mvc.get().uri("/api/results/president").exchange().getResponse().getHeader("ETag");
		upload(SyntheticExport.builder().mesas(100).seed(24).ballots(Ballot.PRESIDENT).correct((m) -> true, 1).build());
		assertThat(this.mvc.get().uri("/api/results/president").header("If-None-Match", before)).hasStatusOk();
	}

	@Test
	void aCompleteCountIsDecidedAndFillsBothChambers() {
		SyntheticExport export = SyntheticExport.builder().scale(1).seed(42).ballots(EnumSet.allOf(Ballot.class)).build();
		upload(export);

		MvcTestResult president = this.mvc.get().uri("/api/results/president").exchange();
		assertThat(president).bodyJson().extractingPath("$.firstRound.decided").isEqualTo(true);
		assertThat(president).bodyJson().extractingPath("$.firstRound.outcome").isEqualTo("WON_MAJORITY");
		assertThat(president).bodyJson().extractingPath("$.firstRound.leader").asArray().containsExactly("MAS_IPSP");

		MvcTestResult senate = this.mvc.get().uri("/api/seats/senate").exchange();
		assertThat(senate).bodyJson().extractingPath("$.provisional").isEqualTo(false);
		assertThat(senate).bodyJson().extractingPath("$.decided").isEqualTo(36);
		MvcTestResult deputies = this.mvc.get().uri("/api/seats/deputies").exchange();
		assertThat(deputies).bodyJson().extractingPath("$.total").isEqualTo(130);
		assertThat(deputies).bodyJson().extractingPath("$.pending").isEqualTo(0);
		assertThat(deputies).bodyJson().extractingPath("$.decided").isEqualTo(130);
	}

	private Map<Ballot, SyntheticExport.Totals> upload(SyntheticExport export) {
		String name = "export-" + System.nanoTime() + ".csv";
		UploadFiles.Written file = UploadFiles.write(this.dir, name, export);
		this.uploads.ingest(UploadFiles.attempt(file.file(), false));
		return file.totals();
	}

}
