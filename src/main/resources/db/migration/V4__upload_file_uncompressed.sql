-- The uploaded bytes are stored as they came, without TOAST's pglz compression: compressing a
-- national export (17 MB) took 160-200 ms of the upload's transaction, storing it 40 ms
-- (docs/performance.md). The price is disk: 17 MB instead of 2.4 MB per national-size upload.
ALTER TABLE upload_file ALTER COLUMN content SET STORAGE EXTERNAL;
