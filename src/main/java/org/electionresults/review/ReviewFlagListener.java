package org.electionresults.review;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.ingest.UploadCommitted;

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
		ElectionCatalog election = this.catalogs.current();
		new ReviewFlagUpdater(this.jdbc, this.thresholds, election).apply(election.id(), upload.uploadId());
	}

}
