-- Where each running upload is (issue 16: "the API client can follow the same stages"), for every
-- node: an upload runs on one node, and a client behind a load balancer may ask another. Written
-- outside the upload's transaction, since a client must see the stages before the commit; it is
-- not the upload's record (that is written, whole, when the upload ends). UNLOGGED: a crash ends the
-- uploads it describes, and the table then starts empty. Read on the primary only (a standby
-- cannot read unlogged tables); rows of finished uploads go a day after they end.
CREATE UNLOGGED TABLE upload_progress (
    upload_id  bigint      PRIMARY KEY,
    stage      varchar(16) NOT NULL,
    rows       integer     NOT NULL,
    -- [{"stage": "READING", "atMillis": 0}, ...]: every stage reached, in order
    stages     jsonb       NOT NULL,
    failed     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);
