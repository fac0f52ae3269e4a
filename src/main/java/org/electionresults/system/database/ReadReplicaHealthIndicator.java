package org.electionresults.system.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component {@code readReplica}: UP while public reads go to the replica, DOWN while they
 * fall back to the primary. It reports the last check and never connects itself, so the public,
 * frequently polled health endpoint costs the replica nothing.
 */
class ReadReplicaHealthIndicator implements HealthIndicator {

	private final ReadReplica replica;

	ReadReplicaHealthIndicator(ReadReplica replica) {
		this.replica = replica;
	}

	@Override
	public Health health() {
		String failure = this.replica.failure();
		if (failure == null) {
			return Health.up().build();
		}
		return Health.down().withDetail("reads", "served by the primary").withDetail("error", failure).build();
	}

}
