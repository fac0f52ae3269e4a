-- Issue 16 (upload speed). Same rows, less work per national upload (35,600 mesas, 70,557 tallies):
--
-- 1. mesa_history: the upload a history row belongs to was looked up once per written mesa by a
--    correlated max(upload.id); it is the same for the whole statement, so it is read once.
-- 2. search_locality: search_text() (unaccent, lower case) ran on every written mesa before
--    DISTINCT ON kept one per locality; it now runs on the ~2,000 localities kept.
-- 3. tally_replaced_by: every new tally has replaced_by NULL, and every query of the index asks
--    for one upload (replaced_by = n); the NULL entries were 70,000 index insertions per national
--    upload that no query reads.
-- Measured with bench/ingest.sh; figures in docs/performance.md.

CREATE OR REPLACE FUNCTION mesa_history_record() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO mesa_history (election_id, code, upload_id, country_id, country, region_id, region, province_id,
                              province, section, municipality, locality_id, locality, station_id, station, number)
    SELECT w.election_id, w.code, latest.id,
           w.country_id, w.country, w.region_id, w.region, w.province_id, w.province, w.section,
           w.municipality, w.locality_id, w.locality, w.station_id, w.station, w.number
    FROM written w
    CROSS JOIN LATERAL (SELECT max(u.id) AS id FROM upload u
                        WHERE u.election_id = w.election_id AND u.status = 'COMMITTED') latest;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION search_locality_refresh() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    changed_localities bigint;
BEGIN
    INSERT INTO search_locality (election_id, locality_id, name, context, target, terms)
    SELECT election_id, locality_id, name, context, target, search_text(name)
    FROM (SELECT DISTINCT ON (election_id, locality_id) election_id, locality_id, locality AS name,
                 municipality || ', ' || region AS context,
                 concat_ws(':', country_id, region_id, province_id, section) AS target
          FROM changed
          ORDER BY election_id, locality_id, code) locality
    ON CONFLICT (election_id, locality_id) DO UPDATE
        SET name = EXCLUDED.name, context = EXCLUDED.context, target = EXCLUDED.target, terms = EXCLUDED.terms
        WHERE (search_locality.name, search_locality.context, search_locality.target)
              IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.context, EXCLUDED.target);
    GET DIAGNOSTICS changed_localities = ROW_COUNT;
    IF changed_localities > 0 THEN
        ANALYZE search_locality;
    END IF;
    RETURN NULL;
END
$$;

DROP INDEX tally_replaced_by;
CREATE INDEX tally_replaced_by ON tally (replaced_by) WHERE replaced_by IS NOT NULL;
