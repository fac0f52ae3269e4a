package org.electionresults.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without the {@code demo} profile nothing is loaded: no demo loader, no upload by {@code demo}. */
@IntegrationTest
class NoDemoCountTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutTheProfileNothingIsLoaded() {
		assertThat(this.context.getBeansOfType(DemoCount.class)).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload WHERE uploaded_by = ?")
			.param(DemoCount.UPLOADER)
			.query(Long.class)
			.single()).isZero();
	}

}
