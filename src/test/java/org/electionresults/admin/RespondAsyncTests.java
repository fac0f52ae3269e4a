package org.electionresults.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 7240 preferences: respond-async among others, with parameters, in any case. */
class RespondAsyncTests {

	@Test
	void recognisesRespondAsyncAmongOtherPreferences() {
		assertThat(RespondAsync.requested("respond-async")).isTrue();
		assertThat(RespondAsync.requested("Respond-Async")).isTrue();
		assertThat(RespondAsync.requested("return=minimal, respond-async; wait=10")).isTrue();
		assertThat(RespondAsync.requested(" respond-async ,handling=lenient")).isTrue();
	}

	@Test
	void anythingElseIsAPlainRequest() {
		assertThat(RespondAsync.requested(null)).isFalse();
		assertThat(RespondAsync.requested("")).isFalse();
		assertThat(RespondAsync.requested("return=minimal")).isFalse();
		assertThat(RespondAsync.requested("respond-asynchronously")).isFalse();
		assertThat(RespondAsync.requested("wait=respond-async")).isFalse();
	}

}
