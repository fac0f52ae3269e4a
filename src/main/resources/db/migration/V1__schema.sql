-- Reference data of elections, tallies with their versions, uploads, and the aggregates that the
-- result pages read. Vote arrays are indexed by party.position (1-based, the export's column order).

CREATE TABLE election (
    id                integer PRIMARY KEY,
    code              varchar(16)  NOT NULL UNIQUE,
    name              varchar(200) NOT NULL,
    election_date     date         NOT NULL,
    abroad_mesas      integer      NOT NULL,
    abroad_registered integer      NOT NULL,
    -- bumped by every committed upload: the version that ETags and caches are keyed on
    data_version      bigint       NOT NULL DEFAULT 0,
    updated_at        timestamptz
);

CREATE TABLE party (
    election_id   integer     NOT NULL REFERENCES election,
    code          varchar(16)  NOT NULL,
    position      integer     NOT NULL,
    name          varchar(200) NOT NULL,
    short_name    varchar(40)  NOT NULL,
    color         varchar(7)     NOT NULL,
    withdrawn     boolean      NOT NULL,
    on_president  boolean      NOT NULL,
    on_uninominal boolean      NOT NULL,
    on_special    boolean      NOT NULL,
    PRIMARY KEY (election_id, code),
    UNIQUE (election_id, position)
);

CREATE TABLE ticket (
    election_id    integer     NOT NULL,
    party_code     varchar(16)  NOT NULL,
    slug           varchar(80)  NOT NULL,
    president      varchar(120) NOT NULL,
    vice_president varchar(120),
    PRIMARY KEY (election_id, party_code),
    UNIQUE (election_id, slug),
    FOREIGN KEY (election_id, party_code) REFERENCES party
);

CREATE TABLE department (
    id   integer PRIMARY KEY,
    name varchar(60) NOT NULL
);

-- Seats and registration of one department in one election.
CREATE TABLE department_plan (
    election_id        integer NOT NULL REFERENCES election,
    department_id      integer NOT NULL REFERENCES department,
    senate_seats       integer NOT NULL,
    uninominal_seats   integer NOT NULL,
    plurinominal_seats integer NOT NULL,
    special_seats      integer NOT NULL,
    expected_mesas     integer  NOT NULL,
    registered_voters  integer  NOT NULL,
    PRIMARY KEY (election_id, department_id)
);

CREATE TABLE constituency (
    election_id   integer    NOT NULL REFERENCES election,
    kind          varchar(12) NOT NULL CHECK (kind IN ('UNINOMINAL', 'SPECIAL')),
    number        integer    NOT NULL,
    department_id integer    NOT NULL REFERENCES department,
    PRIMARY KEY (election_id, kind, number)
);

CREATE TABLE app_user (
    id            bigserial PRIMARY KEY,
    username      varchar(60)  NOT NULL UNIQUE,
    password_hash varchar(100) NOT NULL,
    role          varchar(20)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE upload (
    id             bigserial PRIMARY KEY,
    election_id    integer     NOT NULL REFERENCES election,
    file_name      varchar(255) NOT NULL,
    sha256         varchar(64)  NOT NULL,
    size_bytes     bigint       NOT NULL,
    file_format    varchar(40),
    snapshot       boolean      NOT NULL,
    uploaded_by    varchar(60)  NOT NULL,
    uploaded_at    timestamptz  NOT NULL,
    finished_at    timestamptz  NOT NULL,
    status         varchar(12)  NOT NULL CHECK (status IN ('COMMITTED', 'DUPLICATE', 'REJECTED')),
    duplicate_of   bigint REFERENCES upload,
    rows           integer      NOT NULL DEFAULT 0,
    inserted       integer      NOT NULL DEFAULT 0,
    corrected      integer      NOT NULL DEFAULT 0,
    unchanged      integer      NOT NULL DEFAULT 0,
    withdrawn      integer      NOT NULL DEFAULT 0,
    error_count    integer      NOT NULL DEFAULT 0,
    warning_count  integer      NOT NULL DEFAULT 0,
    -- the first few hundred problems, as [{line, sheet, column, code, args}]
    errors         jsonb        NOT NULL DEFAULT '[]',
    warnings       jsonb        NOT NULL DEFAULT '[]',
    data_version   bigint
);
-- A file lands once: a second commit of the same bytes is impossible even under concurrency.
CREATE UNIQUE INDEX upload_committed_sha256 ON upload (election_id, sha256) WHERE status = 'COMMITTED';
CREATE INDEX upload_election_time ON upload (election_id, id DESC);

-- The uploaded bytes, kept apart so that listing uploads never reads them.
CREATE TABLE upload_file (
    upload_id bigint PRIMARY KEY REFERENCES upload,
    content   bytea NOT NULL
);

CREATE TABLE mesa (
    election_id  integer     NOT NULL REFERENCES election,
    code         integer      NOT NULL,
    country_id   integer     NOT NULL,
    country      varchar(200) NOT NULL,
    region_id    integer      NOT NULL,
    region       varchar(200) NOT NULL,
    province_id  integer      NOT NULL,
    province     varchar(200) NOT NULL,
    section      integer      NOT NULL,
    municipality varchar(200) NOT NULL,
    locality_id  integer      NOT NULL,
    locality     varchar(200) NOT NULL,
    station_id   integer      NOT NULL,
    station      varchar(200) NOT NULL,
    number       integer      NOT NULL,
    PRIMARY KEY (election_id, code)
);

-- One version of the numbers of one mesa's acta for one ballot. Exactly one version per mesa and
-- ballot is CURRENT at most; older ones are SUPERSEDED by a correction or WITHDRAWN by a snapshot.
CREATE TABLE tally (
    id             bigserial PRIMARY KEY,
    election_id    integer    NOT NULL,
    mesa_code      integer     NOT NULL,
    ballot         varchar(12) NOT NULL CHECK (ballot IN ('PRESIDENT', 'UNINOMINAL', 'SPECIAL')),
    version        integer     NOT NULL,
    status         varchar(12) NOT NULL CHECK (status IN ('CURRENT', 'SUPERSEDED', 'WITHDRAWN')),
    constituency   integer    NOT NULL,
    registered     integer     NOT NULL,
    votes          integer[]   NOT NULL,
    valid          integer     NOT NULL,
    blank          integer     NOT NULL,
    null_votes     integer     NOT NULL,
    emitted        integer     NOT NULL,
    valid_system   integer     NOT NULL,
    emitted_system integer     NOT NULL,
    upload_id      bigint      NOT NULL REFERENCES upload,
    source_line    integer     NOT NULL,
    replaced_by    bigint REFERENCES upload,
    FOREIGN KEY (election_id, mesa_code) REFERENCES mesa,
    UNIQUE (election_id, mesa_code, ballot, version)
);
CREATE UNIQUE INDEX tally_current ON tally (election_id, mesa_code, ballot) WHERE status = 'CURRENT';
CREATE INDEX tally_upload ON tally (upload_id);
CREATE INDEX tally_replaced_by ON tally (replaced_by);

-- Sums of the CURRENT tallies per ballot and area, kept in step with the tallies by each upload
-- (in the same transaction), so that no page reads the tallies table. Votes hold the raw acta
-- numbers; the withdrawn-party rule is applied when results are computed.
CREATE TABLE area_total (
    election_id  integer    NOT NULL,
    ballot       varchar(12) NOT NULL,
    level        varchar(16) NOT NULL,
    area         varchar(40) NOT NULL,
    parent_level varchar(16),
    parent_area  varchar(40),
    name         varchar(200) NOT NULL,
    mesas        integer     NOT NULL,
    registered   bigint      NOT NULL,
    emitted      bigint      NOT NULL,
    valid        bigint      NOT NULL,
    blank        bigint      NOT NULL,
    null_votes   bigint      NOT NULL,
    votes        bigint[]    NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (election_id, ballot, level, area)
);
CREATE INDEX area_total_parent ON area_total (election_id, ballot, parent_level, parent_area);

-- The national presidential count after each committed upload: the count timeline.
CREATE TABLE count_point (
    upload_id   bigint PRIMARY KEY REFERENCES upload,
    election_id integer    NOT NULL,
    recorded_at timestamptz NOT NULL,
    mesas       integer     NOT NULL,
    registered  bigint      NOT NULL,
    emitted     bigint      NOT NULL,
    votes       bigint[]    NOT NULL
);
CREATE INDEX count_point_election ON count_point (election_id, recorded_at);

-- Element-wise sum of two vote arrays; a missing array counts as zeros.
CREATE FUNCTION vote_add(a bigint[], b bigint[]) RETURNS bigint[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE
           WHEN a IS NULL THEN b
           WHEN b IS NULL THEN a
           ELSE ARRAY(SELECT coalesce(x, 0) + coalesce(y, 0) FROM unnest(a, b) AS t(x, y))
       END
$$;

