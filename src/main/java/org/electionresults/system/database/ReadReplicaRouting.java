package org.electionresults.system.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Puts Spring's {@link LazyConnectionDataSourceProxy} around the application's data source (the
 * primary's pool, as Boot builds it), with the replica as its read-only data source: a transaction
 * marked read-only ({@code SnapshotReader}, {@code @Transactional(readOnly = true)}) takes its
 * connection from the replica, everything else from the primary. The proxy fetches the connection
 * only at the first statement, after the transaction manager has set the read-only flag on it, which
 * is what lets it choose.
 */
class ReadReplicaRouting implements BeanPostProcessor {

	/** The name of the data source bean Boot creates. */
	static final String DATA_SOURCE = "dataSource";

	private final ObjectProvider<ReadReplica> replica;

	ReadReplicaRouting(ObjectProvider<ReadReplica> replica) {
		this.replica = replica;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!DATA_SOURCE.equals(beanName) || !(bean instanceof DataSource primary)
				|| bean instanceof LazyConnectionDataSourceProxy) {
			return bean;
		}
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
		routing.setReadOnlyDataSource(new ReplicaOrPrimary(this.replica.getObject(), primary));
		return routing;
	}

}
