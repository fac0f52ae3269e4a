package org.electionresults.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the upload path.
 *
 * @param maxReportedProblems how many errors and warnings an upload report keeps (all are counted)
 * @param historySize how many uploads the history pages list
 * @param workMem PostgreSQL's {@code work_mem} inside an upload's, a dry run's or a revert's
 * transaction: the sorts and hash aggregates of a national file (staging, aggregates, review flags)
 * need up to 10 MB each and spilled to disk at the server's default of 4 MB
 */
@ConfigurationProperties("elections.ingest")
public record IngestProperties(@DefaultValue("300") int maxReportedProblems, @DefaultValue("200") int historySize,
		@DefaultValue("64MB") String workMem) {

}
