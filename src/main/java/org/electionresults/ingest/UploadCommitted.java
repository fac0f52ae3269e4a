package org.electionresults.ingest;

import org.electionresults.system.DataChanged;

/**
 * Published inside an upload's transaction when it changed the count; listeners that must see the
 * new data listen after the commit.
 *
 * @param uploadId the upload
 * @param dataVersion the election's data version after it
 */
public record UploadCommitted(long uploadId, long dataVersion) implements DataChanged {

}
