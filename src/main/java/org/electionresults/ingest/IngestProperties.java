package org.electionresults.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the upload path.
 *
 * @param maxReportedProblems how many errors and warnings an upload report keeps (all are counted)
 * @param historySize how many uploads the history pages list
 */
@ConfigurationProperties("elections.ingest")
public record IngestProperties(@DefaultValue("300") int maxReportedProblems, @DefaultValue("200") int historySize) {

}
