package org.electionresults.system.database;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;

/**
 * The web health endpoint, with one difference: the {@code readReplica} component is shown with its
 * own status but left out of the overall one. Reads fall back to the primary, so a node whose
 * replica is away still serves everything and must stay in the load balancer.
 *
 * <p>Boot aggregates a group's statuses without their names ({@link StatusAggregator} sees a set of
 * statuses), and a health group decides what is shown as well as what counts, so neither can keep a
 * shown DOWN out of the overall status. The web extension is where the names are known: Boot's own
 * bean is replaced ({@code @ConditionalOnMissingBean}) by this subclass, which aggregates the other
 * components with the configured aggregator and hands Boot that result.
 */
class ReadReplicaTolerantHealth extends HealthEndpointWebExtension {

	static final String COMPONENT = "readReplica";

	ReadReplicaTolerantHealth(HealthContributorRegistry registry,
			@Nullable ReactiveHealthContributorRegistry reactiveRegistry, HealthEndpointGroups groups,
			@Nullable Duration slowContributorLoggingThreshold) {
		super(registry, reactiveRegistry, groups, slowContributorLoggingThreshold);
	}

	@Override
	protected HealthDescriptor aggregateDescriptors(ApiVersion apiVersion, Map<String, HealthDescriptor> descriptors,
			StatusAggregator statusAggregator, boolean showComponents, @Nullable Set<String> groupNames) {
		Set<Status> counted = descriptors.entrySet()
			.stream()
			.filter((component) -> !COMPONENT.equals(component.getKey()))
			.map((component) -> component.getValue().getStatus())
			.collect(Collectors.toSet());
		if (counted.isEmpty()) {
			return super.aggregateDescriptors(apiVersion, descriptors, statusAggregator, showComponents, groupNames);
		}
		Status overall = statusAggregator.getAggregateStatus(counted);
		return super.aggregateDescriptors(apiVersion, descriptors, (statuses) -> overall, showComponents, groupNames);
	}

}
