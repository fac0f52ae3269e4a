package org.electionresults.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit log records (sign-in and its failures with the client address, sign-out, every
 * upload outcome), that an entry lands with its action's transaction or not at all, that the
 * database refuses to change or delete one, and the page and JSON that list it with filters.
 */
class AuditTrailTests extends CountIntegrationTest {

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactionManager;

	long before;

	@BeforeEach
	void mark() {
		TestAccounts.ensureUploader(this.jdbc);
		this.before = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	@Test
	void signInSignInFailureAndSignOutAreRecordedWithTheClientAddress() {
		MvcTestResult signedIn = this.mvc.post()
			.uri("/login")
			.param("username", TestAccounts.UPLOADER)
			.param("password", TestAccounts.UPLOADER_PASSWORD)
			.with(csrf())
			.with(TestAccounts.from("10.16.3.1"))
			.exchange();
		assertThat(signedIn).hasStatus(HttpStatus.FOUND);
		this.mvc.post()
			.uri("/login")
			.param("username", "nobody-here")
			.param("password", "a guess")
			.with(csrf())
			.with(TestAccounts.from("10.16.3.2"))
			.exchange();
		this.mvc.get()
			.uri("/api/admin/uploads")
			.with(httpBasic(TestAccounts.UPLOADER, "a wrong password"))
			.with(TestAccounts.from("10.16.3.3"))
			.exchange();
		this.mvc.post()
			.uri("/logout")
			.session((MockHttpSession) signedIn.getRequest().getSession(false))
			.with(csrf())
			.with(TestAccounts.from("10.16.3.4"))
			.exchange();

		assertThat(newEntries()).containsExactly(
				"SIGN_IN SUCCESS test-uploader null via=form 10.16.3.1",
				"SIGN_IN FAILURE nobody-here null via=form reason=bad-credentials 10.16.3.2",
				"SIGN_IN FAILURE test-uploader null via=basic reason=bad-credentials 10.16.3.3",
				"SIGN_OUT SUCCESS test-uploader null null 10.16.3.4");
	}

	@Test
	void aSignInOfADisabledAccountIsRecordedAsSuch() {
		this.jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?").param(TestAccounts.UPLOADER).update();
		this.mvc.post()
			.uri("/login")
			.param("username", TestAccounts.UPLOADER)
			.param("password", TestAccounts.UPLOADER_PASSWORD)
			.with(csrf())
			.with(TestAccounts.from("10.16.3.5"))
			.exchange();
		assertThat(newEntries()).containsExactly("SIGN_IN FAILURE test-uploader null via=form reason=disabled 10.16.3.5");
	}

	@Test
	void everyUploadOutcomeIsRecordedWithWhoAndWhat() throws Exception {
		Path valid = this.dir.resolve("count.csv");
		CountFixture.export().build().writeCsv(valid);
		byte[] bytes = Files.readAllBytes(valid);
		long committed = upload("count.csv", bytes, HttpStatus.CREATED);
		long duplicate = upload("again.csv", bytes, HttpStatus.OK);
		long rejected = upload("junk.csv", "not,a,tally\n1,2,3\n".getBytes(StandardCharsets.UTF_8),
				HttpStatus.UNPROCESSABLE_CONTENT);

		List<Map<String, Object>> entries = this.jdbc
			.sql("SELECT actor, action, outcome, target, detail, client_address FROM audit_entry WHERE id > ? ORDER BY id")
			.param(this.before)
			.query()
			.listOfRows();
		assertThat(entries).hasSize(3);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.get("actor")).isEqualTo(TestAccounts.UPLOADER);
			assertThat(entry.get("action")).isEqualTo("UPLOAD");
			assertThat(entry.get("client_address")).isEqualTo("10.16.3.6");
		});
		assertThat(entries.get(0)).containsEntry("outcome", "SUCCESS").containsEntry("target", "upload:" + committed);
		assertThat((String) entries.get(0).get("detail")).startsWith("status=COMMITTED rows=").endsWith("file=count.csv");
		assertThat(entries.get(1)).containsEntry("outcome", "SUCCESS").containsEntry("target", "upload:" + duplicate);
		assertThat((String) entries.get(1).get("detail")).contains("status=DUPLICATE", "duplicateOf=" + committed);
		assertThat(entries.get(2)).containsEntry("outcome", "FAILURE").containsEntry("target", "upload:" + rejected);
		assertThat((String) entries.get(2).get("detail")).contains("status=REJECTED", "errors=", "file=junk.csv");
	}

	@Test
	void anEntryLandsWithTheTransactionOfItsActionOrNotAtAll() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			this.audit.record(AuditRecord.success(AuditAction.NOTICE).by("rolled-back").on("notice:1"));
			status.setRollbackOnly();
		});
		transaction.executeWithoutResult(
				(status) -> this.audit.record(AuditRecord.success(AuditAction.NOTICE).by("committed").on("notice:2")));
		// the address is that of the test's mock request
		assertThat(newEntries()).containsExactly("NOTICE SUCCESS committed notice:2 null 127.0.0.1");
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		this.audit.record(AuditRecord.success(AuditAction.NOTICE).by("someone").on("notice:3"));
		long id = this.jdbc.sql("SELECT max(id) FROM audit_entry").query(Long.class).single();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE audit_entry SET actor = 'somebody else' WHERE id = ?")
				.param(id)
				.update())
			.havingRootCause()
			.withMessageContaining("audit_entry is append-only: UPDATE refused");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(id).update())
			.havingRootCause()
			.withMessageContaining("audit_entry is append-only: DELETE refused");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("TRUNCATE audit_entry").update())
			.havingRootCause()
			.withMessageContaining("audit_entry is append-only: TRUNCATE refused");
		assertThat(this.jdbc.sql("SELECT actor FROM audit_entry WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("someone");
	}

	@Test
	void theApiListsTheLogWithFiltersAPageAtATime() throws Exception {
		String actor = "filter-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		this.audit.record(AuditRecord.success(AuditAction.NOTICE).by(actor).on("notice:1"));
		this.audit.record(AuditRecord.failure(AuditAction.UPLOAD).by(actor).on("upload:1"));
		this.audit.record(AuditRecord.success(AuditAction.UPLOAD).by(actor).on("upload:2"));

		assertThat(api("?actor=" + actor.toUpperCase())).bodyJson()
			.extractingPath("$.entries[*].target")
			.asArray()
			.containsExactly("upload:2", "upload:1", "notice:1");
		assertThat(api("?actor=" + actor + "&action=UPLOAD&outcome=SUCCESS")).bodyJson()
			.extractingPath("$.entries[*].target")
			.asArray()
			.containsExactly("upload:2");
		assertThat(api("?actor=" + actor + "&from=" + LocalDate.now().plusDays(2))).bodyJson()
			.extractingPath("$.entries")
			.asArray()
			.isEmpty();
		assertThat(api("?actor=" + actor + "&from=" + LocalDate.now().minusDays(1) + "&to="
				+ LocalDate.now().plusDays(1))).bodyJson()
			.extractingPath("$.entries")
			.asArray()
			.hasSize(3);

		MvcTestResult first = this.mvc.get()
			.uri("/api/admin/audit?actor=" + actor + "&limit=2")
			.with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD))
			.exchange();
		assertThat(first).bodyJson().extractingPath("$.entries[*].target").asArray().containsExactly("upload:2", "upload:1");
		assertThat(first).bodyJson().extractingPath("$.entries[0].actor").isEqualTo(actor);
		assertThat(first).bodyJson().extractingPath("$.entries[0].action").isEqualTo("UPLOAD");
		assertThat(first).bodyJson().extractingPath("$.entries[0].occurredAt").asString().matches("\\d{4}-.*Z");
		String next = JsonPath.read(first.getResponse().getContentAsString(), "$.next");
		assertThat(next).startsWith("/api/admin/audit?actor=" + actor).contains("limit=2", "before=");
		assertThat(api(next.substring("/api/admin/audit".length()))).bodyJson()
			.extractingPath("$.entries[*].target")
			.asArray()
			.containsExactly("notice:1");
		assertThat(api(next.substring("/api/admin/audit".length()))).bodyJson().extractingPath("$.next").isNull();
	}

	@Test
	void aFilterThatIsNoActionIsABadRequest() {
		assertThat(api("?action=DROP_TABLE")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(api("?from=yesterday")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void thePageListsTheLogWithItsFilters() {
		String actor = "page-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		this.audit.record(AuditRecord.success(AuditAction.ACCOUNT_CREATED).by(actor).on("account:x").detail("role=UPLOADER").from("10.16.3.9"));
		this.audit.record(AuditRecord.failure(AuditAction.SIGN_IN).by(actor).detail("<script>alert(1)</script>"));

		assertThat(this.mvc.get().uri("/admin/audit?actor=" + actor).with(TestAccounts.adminSession())).hasStatusOk()
			.bodyText()
			.contains("Registro de auditoría", "Cuenta creada", "Éxito", "Ingreso", "Fallo", "account:x", "role=UPLOADER",
					"10.16.3.9", "&lt;script&gt;")
			.doesNotContain("<script>alert");
		assertThat(this.mvc.get()
			.uri("/admin/audit?actor=" + actor + "&outcome=FAILURE&lang=en")
			.with(TestAccounts.adminSession())).hasStatusOk()
			.bodyText()
			.contains("Audit log", "Sign-in", "Failure")
			.doesNotContain("account:x");
	}

	private MvcTestResult api(String query) {
		return this.mvc.get()
			.uri("/api/admin/audit" + query)
			.with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD))
			.exchange();
	}

	private long upload(String name, byte[] content, HttpStatus expected) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", content))
			.with(httpBasic(TestAccounts.UPLOADER, TestAccounts.UPLOADER_PASSWORD))
			.with(TestAccounts.from("10.16.3.6"))
			.exchange();
		assertThat(result).hasStatus(expected);
		String location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The entries since the test began: action, outcome, actor, target, detail and address. */
	private List<String> newEntries() {
		return this.jdbc.sql("""
				SELECT concat_ws(' ', action, outcome, actor, coalesce(target, 'null'), coalesce(detail, 'null'),
				                 coalesce(client_address, 'null'))
				FROM audit_entry WHERE id > ? ORDER BY id""")
			.param(this.before)
			.query(String.class)
			.list();
	}

}
