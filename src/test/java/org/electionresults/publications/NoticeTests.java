package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.electionresults.CountIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Administrators post notices and end them; every public page shows the active ones; nobody can
 * delete one, not even with SQL; anonymous users cannot post.
 */
class NoticeTests extends CountIntegrationTest {

	private static final String ADMIN_PASSWORD = "test-admin-password";

	@Autowired
	NoticeService notices;

	@Test
	void anAnonymousUserCannotPostANotice() {
		long before = count();
		assertThat(this.mvc.post()
			.uri("/api/admin/notices")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"textEs\": \"falso\"}")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post()
			.uri("/api/admin/notices")
			.with(httpBasic("admin", "wrong"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"textEs\": \"falso\"}")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post().uri("/admin/notices").param("textEs", "falso").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		// A session whose user is no account (any more) is ended and sent to sign in.
		assertThat(this.mvc.post().uri("/admin/notices").param("textEs", "falso").with(user("reader").roles("USER")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/login");
		assertThat(this.mvc.post().uri("/admin/notices").param("textEs", "falso").with(user("admin").roles("ADMIN")))
			.as("without a CSRF token")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aPostedNoticeShowsOnEveryPublicPageInTheReadersLanguageUntilItIsEnded() {
		String etagBefore = this.mvc.get().uri("/").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		MvcTestResult posted = this.mvc.post()
			.uri("/api/admin/notices")
			.with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"textEs\": \"El cómputo está en pausa mientras se verifican las actas de Potosí.\", "
					+ "\"textEn\": \"The count is paused while the actas of Potosí are verified.\"}")
			.exchange();
		assertThat(posted).hasStatus(HttpStatus.CREATED);
		long id = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(posted.getResponse().getContentAsByteArray())
			.get("id")
			.asLong();
		for (String page : new String[] { "/", "/timeline", "/parties", "/publications" }) {
			assertThat(this.mvc.get().uri(page)).bodyText().contains("El cómputo está en pausa");
		}
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains("The count is paused");
		String etagAfter = this.mvc.get().uri("/").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etagAfter).as("posting bumps the data version").isNotEqualTo(etagBefore);

		assertThat(this.mvc.post().uri("/api/admin/notices/" + id + "/end").with(httpBasic("admin", ADMIN_PASSWORD)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.active")
			.isEqualTo(false);
		assertThat(this.mvc.get().uri("/")).bodyText().doesNotContain("El cómputo está en pausa");
		assertThat(this.mvc.get().uri("/publications")).bodyText().contains("El cómputo está en pausa");
		assertThat(this.mvc.get().uri("/api/notices")).bodyText().contains("The count is paused");
	}

	@Test
	void theAdminFormPostsAndEndsNotices() {
		assertThat(this.mvc.get().uri("/admin/notices").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Texto en castellano");
		assertThat(this.mvc.post()
			.uri("/admin/notices")
			.param("textEs", "Aviso del formulario")
			.param("textEn", "")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/notices");
		long id = this.jdbc.sql("SELECT max(id) FROM notice").query(Long.class).single();
		assertThat(this.notices.find(id).textEn()).isNull();
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains("Aviso del formulario");
		assertThat(this.mvc.post().uri("/admin/notices/" + id + "/end").with(user("admin").roles("ADMIN")).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.notices.find(id).active()).isFalse();
		assertThat(this.mvc.post().uri("/admin/notices").param("textEs", " ").with(user("admin").roles("ADMIN")).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("SELECT max(id) FROM notice").query(Long.class).single()).isEqualTo(id);
	}

	@Test
	void noticesCanNeverBeDeletedNorRewrittenOnlyEndedOnce() {
		Notice notice = this.notices.post("Permanente", null, "test-admin");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM notice WHERE id = ?").param(notice.id()).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("refused");
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE notice").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("refused");
		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE notice SET text_es = 'otro' WHERE id = ?").param(notice.id()).update())
			.isInstanceOf(DataAccessException.class);
		Notice ended = this.notices.end(notice.id(), "test-admin");
		assertThat(ended.endedAt()).isNotNull();
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE notice SET ended_at = NULL, ended_by = NULL WHERE id = ?")
			.param(notice.id())
			.update()).isInstanceOf(DataAccessException.class);
		assertThat(this.notices.end(notice.id(), "test-admin").endedAt()).isEqualTo(ended.endedAt());
		// No delete path in the application either.
		assertThat(this.mvc.delete().uri("/api/admin/notices/" + notice.id()).with(httpBasic("admin", ADMIN_PASSWORD)))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(this.notices.find(notice.id()).textEs()).isEqualTo("Permanente");
	}

	@Test
	void publicationsCanNeverBeRewrittenNorDeleted() {
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE publication SET committed_at = now() WHERE number = 0").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("refused");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM publication WHERE number = 0").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("refused");
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM notice").query(Long.class).single();
	}

}
