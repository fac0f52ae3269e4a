package org.electionresults.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.electionresults.CountIntegrationTest;
import org.junit.jupiter.api.Test;

/** The start-up warm-up reads the built-in export and leaves no trace: no upload, tally or version. */
class ReaderWarmUpTests extends CountIntegrationTest {

	@Test
	void theWarmUpReadsTheBuiltInExportAndChangesNothing() {
		long nextId = this.jdbc.sql("SELECT last_value FROM upload_id_seq").query(Long.class).single();

		assertThat(new ReaderWarmUp(this.uploads, true, 1).warmUp()).isTrue();

		assertThat(this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM mesa").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT data_version FROM election").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT last_value FROM upload_id_seq").query(Long.class).single()).isEqualTo(nextId);
	}

}
