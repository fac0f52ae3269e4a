package org.electionresults.system.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when a read replica is configured: {@code elections.read-datasource.url} is not blank
 * (it is always present, empty by default, so that {@code ELECTIONS_READ_DATASOURCE_URL} maps to it).
 */
class ReadDatasourceUrlCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("elections.read-datasource.url"));
	}

}
