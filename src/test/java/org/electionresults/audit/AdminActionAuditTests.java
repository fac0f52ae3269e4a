package org.electionresults.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.RevertRefusedException;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.publications.Notice;
import org.electionresults.publications.NoticeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Dry runs, reverts (done and refused) and notices each leave their audit entry. */
class AdminActionAuditTests extends CountIntegrationTest {

	@Autowired
	NoticeService notices;

	long before;

	@BeforeEach
	void mark() {
		this.before = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	@Test
	void aDryRunIsRecordedAsOne() {
		UploadFiles.Written file = UploadFiles.write(this.dir, "check.csv", CountFixture.export().build());
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(file.file(), false), true);
		assertThat(entries()).contains("test-admin DRY_RUN SUCCESS upload:" + report.id());
	}

	@Test
	void aRevertAndARefusedRevertAreRecorded() {
		CountFixture.upload(this.uploads, this.dir, "a.csv", CountFixture.export().firstMesas(50).build());
		long b = this.uploads.history().get(0).id();
		this.uploads.revert(b, "admin");
		assertThatThrownBy(() -> this.uploads.revert(b, "admin")).isInstanceOf(RevertRefusedException.class);
		assertThat(entries()).containsSubsequence("admin REVERT SUCCESS upload:" + b,
				"admin REVERT FAILURE upload:" + b);
	}

	@Test
	void postingAndEndingANoticeAreRecorded() {
		Notice notice = this.notices.post("El cómputo está en pausa.", null, "uploader-1");
		this.notices.end(notice.id(), "admin");
		assertThat(entries()).containsSubsequence("uploader-1 NOTICE SUCCESS notice:" + notice.id(),
				"admin NOTICE SUCCESS notice:" + notice.id());
	}

	private List<String> entries() {
		return this.jdbc
			.sql("SELECT actor || ' ' || action || ' ' || outcome || ' ' || coalesce(target, '') FROM audit_entry"
					+ " WHERE id > ? ORDER BY id")
			.param(this.before)
			.query(String.class)
			.list();
	}

}
