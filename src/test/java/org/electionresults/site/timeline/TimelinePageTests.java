package org.electionresults.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.PageText.esPercent;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.Test;

/** The count timeline: the leader's share and lead after each upload, chart and table. */
class TimelinePageTests extends CountIntegrationTest {

	@Test
	void beforeAnyUploadAnEmptyState() {
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk()
			.bodyText()
			.contains("Evolución del cómputo", "La evolución aparecerá con la primera carga")
			.doesNotContain("<svg class=\"chart timeline\"");
	}

	@Test
	void onePointPerUploadWithTheThresholdLinesAndTheTableBehindIt() {
		SyntheticExport.Totals half = CountFixture
			.upload(this.uploads, this.dir, "half.csv", CountFixture.export().counted(0.5).build())
			.get(Ballot.PRESIDENT);
		SyntheticExport.Totals all = CountFixture.upload(this.uploads, this.dir).get(Ballot.PRESIDENT);

		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk()
			.bodyText()
			.contains("<svg class=\"chart timeline\" role=\"img\"", "aria-label=\"Evolución en 2 cargas",
					"class=\"threshold majority\"", "class=\"threshold forty\"", "class=\"threshold ten\"",
					"Carga 1: el primero tiene el " + esPercent(half.votes("MAS_IPSP"), half.validForRunningParties()),
					"Carga 2: el primero tiene el " + esPercent(all.votes("MAS_IPSP"), all.validForRunningParties()),
					">" + esPercent(half.rows(), 35_600) + "<", ">" + esPercent(all.rows(), 35_600) + "<",
					"Gana: mayoría", "MAS-IPSP", "CC");
	}

	@Test
	void anUploadThatChangesNothingAddsNoPoint() {
		CountFixture.upload(this.uploads, this.dir);
		CountFixture.upload(this.uploads, this.dir, "again.csv", CountFixture.export().crlf(true).build());

		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk()
			.bodyText()
			.contains("aria-label=\"Evolución en una carga")
			.doesNotContain("Carga 2:");
	}

}
