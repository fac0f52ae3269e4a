package org.electionresults.system.cache;

import java.util.concurrent.atomic.AtomicReference;

import org.electionresults.ingest.UploadCommitted;
import org.electionresults.results.CountStatus;
import org.electionresults.results.CountStatusService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The data version as this node last saw it, kept in memory so that serving a cached page needs no
 * database round trip. An upload on this node updates it as soon as it commits; a short poll picks
 * up uploads committed by other nodes.
 */
public class DataVersionTracker {

	private static final Logger logger = LoggerFactory.getLogger(DataVersionTracker.class);

	private final CountStatusService counts;

	private final AtomicReference<CountStatus> current = new AtomicReference<>(new CountStatus(-1, null));

	DataVersionTracker(CountStatusService counts) {
		this.counts = counts;
	}

	public long currentVersion() {
		return this.current.get().dataVersion();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void uploadCommitted(UploadCommitted event) {
		refresh();
	}

	@Scheduled(fixedDelayString = "${elections.cache.version-poll:1s}")
	void refresh() {
		try {
			this.current.set(this.counts.current());
		}
		catch (RuntimeException ex) {
			// Unknown while the database is away: nothing cached can be served as current.
			this.current.set(new CountStatus(-1, null));
			logger.debug("Data version not readable: {}", ex.getMessage());
		}
	}

}
