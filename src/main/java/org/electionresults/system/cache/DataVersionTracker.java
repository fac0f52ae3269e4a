package org.electionresults.system.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.electionresults.system.DataChanged;
import org.electionresults.system.DataVersionSource;
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

	private final DataVersionSource counts;

	private final AtomicLong current = new AtomicLong(-1);

	private final LongConsumer onNewVersion;

	DataVersionTracker(DataVersionSource counts) {
		this(counts, (version) -> {
		});
	}

	/** {@code onNewVersion} runs in the thread that saw the version change (after a commit, or the poll). */
	DataVersionTracker(DataVersionSource counts, LongConsumer onNewVersion) {
		this.counts = counts;
		this.onNewVersion = onNewVersion;
	}

	public long currentVersion() {
		return this.current.get();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void dataChanged(DataChanged event) {
		refresh();
	}

	@Scheduled(fixedDelayString = "${elections.cache.version-poll:1s}")
	void refresh() {
		long seen;
		try {
			seen = this.counts.current().dataVersion();
		}
		catch (RuntimeException ex) {
			// Unknown while the database is away: nothing cached can be served as current.
			this.current.set(-1);
			logger.debug("Data version not readable: {}", ex.getMessage());
			return;
		}
		long previous = this.current.getAndSet(seen);
		if (seen > previous && previous >= 0) {
			this.onNewVersion.accept(seen);
		}
	}

}
