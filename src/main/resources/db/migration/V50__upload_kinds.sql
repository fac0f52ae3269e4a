-- Issue 16: dry runs, reverts and uploads followed while they run.
-- kind: FILE (a file applied), CHECK (a dry run: read, checked and merged, then rolled back),
-- REVERT (undoes the upload named by reverts, as a commit of its own).
-- status CHECKED: a dry run that found no error. A running upload has no row yet (its id is taken
-- from the sequence at the start and its stages are kept in memory): a crash leaves nothing behind.
ALTER TABLE upload DROP CONSTRAINT upload_status_check;
ALTER TABLE upload ADD CONSTRAINT upload_status_check
    CHECK (status IN ('COMMITTED', 'DUPLICATE', 'REJECTED', 'CHECKED'));
ALTER TABLE upload ADD COLUMN kind varchar(8) NOT NULL DEFAULT 'FILE' CHECK (kind IN ('FILE', 'CHECK', 'REVERT'));
ALTER TABLE upload ADD COLUMN reverts bigint REFERENCES upload;
-- set while a committed revert of this upload is in effect (cleared when that revert is reverted)
ALTER TABLE upload ADD COLUMN reverted_by bigint REFERENCES upload;
-- what a dry run would have corrected, old -> new, as [{mesa, ballot, before, after}] (the first few hundred)
ALTER TABLE upload ADD COLUMN planned_corrections jsonb NOT NULL DEFAULT '[]';
-- a revert has no file of its own
ALTER TABLE upload ALTER COLUMN sha256 DROP NOT NULL;
ALTER TABLE upload ADD CONSTRAINT upload_revert_target CHECK ((kind = 'REVERT') = (reverts IS NOT NULL));
-- A reverted upload's bytes may be committed again.
DROP INDEX upload_committed_sha256;
CREATE UNIQUE INDEX upload_committed_sha256 ON upload (election_id, sha256)
    WHERE status = 'COMMITTED' AND kind = 'FILE' AND reverted_by IS NULL;
-- at most one revert in effect per upload
CREATE UNIQUE INDEX upload_reverts ON upload (reverts) WHERE status = 'COMMITTED' AND reverts IS NOT NULL
    AND reverted_by IS NULL;
