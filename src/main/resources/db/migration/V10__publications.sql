-- Open data (issue 13): hash-chained publications, the place names of each mesa as of each upload,
-- and public notices. Nothing here is ever deleted.

-- The place names and number of a mesa as written by each upload that inserted or changed them, so
-- that a past publication's per-mesa files show the names of that time. Written by the triggers
-- below whenever mesa is written, with the upload being committed: uploads write mesa only while they
-- hold the election's lock, after inserting their own upload row as COMMITTED, so that row is the
-- election's latest COMMITTED one. (The publication recorder stamps any row left without an upload.)
CREATE TABLE mesa_history (
    election_id  integer      NOT NULL,
    code         integer      NOT NULL,
    upload_id    bigint,
    country_id   integer      NOT NULL,
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
    number       integer      NOT NULL
);
-- The places of every mesa as of an upload, in code order, without a sort (DISTINCT ON code).
CREATE INDEX mesa_history_as_of ON mesa_history (election_id, code, upload_id DESC);
CREATE INDEX mesa_history_unstamped ON mesa_history (election_id) WHERE upload_id IS NULL;

-- Mesas already loaded before this migration: their present names, from the first upload of a tally.
INSERT INTO mesa_history (election_id, code, upload_id, country_id, country, region_id, region, province_id,
                          province, section, municipality, locality_id, locality, station_id, station, number)
SELECT m.election_id, m.code,
       (SELECT min(t.upload_id) FROM tally t WHERE t.election_id = m.election_id AND t.mesa_code = m.code),
       m.country_id, m.country, m.region_id, m.region, m.province_id, m.province, m.section, m.municipality,
       m.locality_id, m.locality, m.station_id, m.station, m.number
FROM mesa m;

-- Set-based (one statement per write of mesa, through transition tables): a national upload writes
-- 35,600 mesas in one INSERT.
CREATE FUNCTION mesa_history_record() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO mesa_history (election_id, code, upload_id, country_id, country, region_id, region, province_id,
                              province, section, municipality, locality_id, locality, station_id, station, number)
    SELECT w.election_id, w.code,
           (SELECT max(u.id) FROM upload u WHERE u.election_id = w.election_id AND u.status = 'COMMITTED'),
           w.country_id, w.country, w.region_id, w.region, w.province_id, w.province, w.section,
           w.municipality, w.locality_id, w.locality, w.station_id, w.station, w.number
    FROM written w;
    RETURN NULL;
END
$$;

CREATE TRIGGER mesa_history_insert AFTER INSERT ON mesa REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION mesa_history_record();
CREATE TRIGGER mesa_history_update AFTER UPDATE ON mesa REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION mesa_history_record();

-- One publication per committed upload that changed the count; 0 is the empty count. The manifest
-- bytes are kept as written at commit; their SHA-256 is the publication's identity and the next
-- publication's "previous".
CREATE TABLE publication (
    election_id  integer     NOT NULL REFERENCES election,
    number       integer     NOT NULL CHECK (number >= 0),
    upload_id    bigint      UNIQUE,
    committed_at timestamptz NOT NULL,
    manifest     bytea       NOT NULL,
    sha256       char(64)    NOT NULL,
    previous     char(64)    NOT NULL,
    -- what the upload changed per ballot: {"PRESIDENT": {"inserted": n, "corrected": n, "withdrawn": n}, ...}
    changes      jsonb       NOT NULL,
    PRIMARY KEY (election_id, number),
    CHECK ((number = 0) = (upload_id IS NULL)),
    CHECK (sha256 = encode(sha256(manifest), 'hex'))
);

CREATE FUNCTION refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% of % refused: it is kept for ever', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER publication_immutable BEFORE UPDATE OR DELETE ON publication
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Publication 0 of an election: the empty count. Its files hold only their header line; the headers
-- are the ones PerMesaFile writes (PublicationChainTests downloads and checks them).
CREATE FUNCTION publication_zero(election integer) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    code_of   varchar;
    at        timestamptz := date_trunc('milliseconds', now());
    files     text := '';
    changes   text := '';
    president text;
    manifest  text;
    f         record;
BEGIN
    SELECT e.code INTO code_of FROM election e WHERE e.id = election;
    FOR f IN
        SELECT b.name, b.ballot,
               convert_to('CODIGO_MESA,CANDIDATURA,ID_PAIS,PAIS,ID_DEPARTAMENTO,DEPARTAMENTO,' || b.constituency
                   || ',ID_PROVINCIA,PROVINCIA,SECCION,MUNICIPIO,ID_LOCALIDAD,LOCALIDAD,ID_RECINTO,RECINTO,'
                   || 'NUMERO_MESA,INSCRITOS_HABILITADOS,'
                   || (SELECT string_agg(p.code || ',', '' ORDER BY p.position) FROM party p
                       WHERE p.election_id = election
                         AND CASE b.ballot WHEN 'PRESIDENT' THEN p.on_president
                                           WHEN 'UNINOMINAL' THEN p.on_uninominal ELSE p.on_special END)
                   || 'VOTO_VALIDO,VOTO_BLANCO,VOTO_NULO,VOTO_EMITIDO,VERSION,UPLOAD' || chr(10), 'UTF8') AS header
        FROM (VALUES (1, 'president.csv', 'PRESIDENT', 'CIRCUNSCRIPCION_UNINOMINAL'),
                     (2, 'deputies-uninominal.csv', 'UNINOMINAL', 'CIRCUNSCRIPCION_UNINOMINAL'),
                     (3, 'deputies-special.csv', 'SPECIAL', 'CIRCUNSCRIPCION_ESPECIAL')) b (ord, name, ballot, constituency)
        ORDER BY b.ord
    LOOP
        files := files || CASE WHEN files = '' THEN '' ELSE ',' || chr(10) END
            || format('    {"name": "%s", "sha256": "%s", "bytes": %s, "rows": 0}',
                      f.name, encode(sha256(f.header), 'hex'), octet_length(f.header));
        changes := changes || CASE WHEN changes = '' THEN '' ELSE ',' || chr(10) END
            || format('    "%s": {"inserted": 0, "corrected": 0, "withdrawn": 0}', f.ballot);
    END LOOP;
    SELECT string_agg(format('"%s": 0', p.code), ', ' ORDER BY p.position) INTO president
    FROM party p WHERE p.election_id = election AND p.on_president;
    manifest := '{' || chr(10)
        || format('  "format": "election-results-publication/1",%s', chr(10))
        || format('  "election": "%s",%s', code_of, chr(10))
        || format('  "number": 0,%s', chr(10))
        || format('  "committedAt": "%s",%s', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), chr(10))
        || format('  "upload": null,%s', chr(10))
        || format('  "previous": "%s",%s', repeat('0', 64), chr(10))
        || '  "files": [' || chr(10) || files || chr(10) || '  ],' || chr(10)
        || '  "changes": {' || chr(10) || changes || chr(10) || '  },' || chr(10)
        || '  "president": {"mesas": 0, "registered": 0, "emitted": 0, "valid": 0, "blank": 0, "null": 0, '
        || '"votes": {' || president || '}}' || chr(10)
        || '}' || chr(10);
    INSERT INTO publication (election_id, number, upload_id, committed_at, manifest, sha256, previous, changes)
    VALUES (election, 0, NULL, at, convert_to(manifest, 'UTF8'), encode(sha256(convert_to(manifest, 'UTF8')), 'hex'),
            repeat('0', 64),
            '{"PRESIDENT": {"inserted": 0, "corrected": 0, "withdrawn": 0}, "UNINOMINAL": {"inserted": 0, "corrected": 0, "withdrawn": 0}, "SPECIAL": {"inserted": 0, "corrected": 0, "withdrawn": 0}}');
END
$$;

SELECT publication_zero(id) FROM election ORDER BY id;

-- Public notices of the administrators ("the count is paused while …"): posted, later ended, never
-- deleted nor rewritten. The only change allowed is ending an active notice once.
CREATE TABLE notice (
    id          bigserial PRIMARY KEY,
    election_id integer       NOT NULL REFERENCES election,
    text_es     varchar(1000) NOT NULL CHECK (length(btrim(text_es)) > 0),
    text_en     varchar(1000),
    posted_at   timestamptz   NOT NULL,
    posted_by   varchar(60)   NOT NULL,
    ended_at    timestamptz,
    ended_by    varchar(60),
    CHECK ((ended_at IS NULL) = (ended_by IS NULL)),
    CHECK (ended_at IS NULL OR ended_at >= posted_at)
);
CREATE INDEX notice_election ON notice (election_id, posted_at DESC);

CREATE FUNCTION notice_end_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.ended_at IS NOT NULL
        OR (NEW.id, NEW.election_id, NEW.text_es, NEW.text_en, NEW.posted_at, NEW.posted_by)
           IS DISTINCT FROM (OLD.id, OLD.election_id, OLD.text_es, OLD.text_en, OLD.posted_at, OLD.posted_by) THEN
        RAISE EXCEPTION 'a notice can only be ended, once' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER notice_never_deleted BEFORE DELETE ON notice
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER notice_never_truncated BEFORE TRUNCATE ON notice
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER notice_end_only BEFORE UPDATE ON notice
    FOR EACH ROW EXECUTE FUNCTION notice_end_only();
