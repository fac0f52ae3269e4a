package org.electionresults.review;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.ingest.UploadCommitted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes the review flags of the stations an upload (or a revert) touched. Synchronous: the
 * event is published inside the upload's transaction, so the flags commit with the tallies, under
 * the same data version, or not at all.
 */
@Component
class ReviewFlagListener {

	private static final Logger logger = LoggerFactory.getLogger(ReviewFlagListener.class);

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	private final ReviewThresholds thresholds;

	ReviewFlagListener(JdbcClient jdbc, ElectionCatalogService catalogs, ReviewThresholds thresholds) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.thresholds = thresholds;
	}

	@EventListener
	void recompute(UploadCommitted upload) {
		long start = System.nanoTime();
		ElectionCatalog election = this.catalogs.current();
		new ReviewFlagUpdater(this.jdbc, this.thresholds, election).apply(election.id(), upload.uploadId());
		// The share of the upload's time is what docs/performance.md reports (bench/ingest.sh).
		logger.info("Review flags of upload {} recomputed in {} ms", upload.uploadId(),
				(System.nanoTime() - start) / 1_000_000);
	}

}
