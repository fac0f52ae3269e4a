package org.electionresults.system.database;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A read replica for public reads, when {@code elections.read-datasource.url} is set: read-only
 * transactions go to it (Spring's {@code LazyConnectionDataSourceProxy}), everything else to the
 * primary; reads fall back to the primary while it is away, and health shows it as component
 * {@code readReplica} without taking the overall status down. Unset: nothing here exists and the
 * application runs on its one data source.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadDatasourceUrlCondition.class)
@EnableConfigurationProperties(ReadDataSourceProperties.class)
@EnableScheduling
class ReadReplicaConfiguration {

	@Bean(destroyMethod = "close")
	ReadReplica readReplica(ReadDataSourceProperties properties,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int maximumPoolSize) {
		return new ReadReplica(properties, maximumPoolSize);
	}

	@Bean
	static ReadReplicaRouting readReplicaRouting(ObjectProvider<ReadReplica> replica) {
		return new ReadReplicaRouting(replica);
	}

	@Bean
	ReadReplicaHealthIndicator readReplicaHealthIndicator(ReadReplica replica) {
		return new ReadReplicaHealthIndicator(replica);
	}

	@Bean
	HealthEndpointWebExtension readReplicaTolerantHealth(HealthContributorRegistry registry,
			ObjectProvider<ReactiveHealthContributorRegistry> reactiveRegistry, HealthEndpointGroups groups,
			@Value("${management.endpoint.health.logging.slow-indicator-threshold:10s}") Duration slowThreshold) {
		return new ReadReplicaTolerantHealth(registry, reactiveRegistry.getIfAvailable(), groups, slowThreshold);
	}

}
