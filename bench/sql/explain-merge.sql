-- EXPLAIN (ANALYZE, BUFFERS) of each SQL step of an upload, replayed by hand inside a transaction
-- that is rolled back. Copies of the statements of StagingChecks, TallyMerge and AreaTotalsUpdater
-- as of this commit (only the STATION level of the aggregates, the most expensive one).
-- Needs a table bench_staging with the staging columns (see bench/profile-merge.sh), and:
--   psql -v election=1 -v upload=<an existing upload id> -v reset=true|false -v analyze=full|columns \
--        -f explain-merge.sql
-- reset=true empties tally, mesa and area_total first, i.e. replays a first upload into an empty
-- database; reset=false replays it on top of the stored tallies (a re-upload / correction).
\set ON_ERROR_STOP 1
\timing on
SET work_mem = :'work_mem';
BEGIN;
SELECT :reset AS reset \gset
\if :reset
TRUNCATE area_total, count_point, tally, mesa;
\endif
CREATE TEMP TABLE staging_tally ON COMMIT DROP AS SELECT * FROM bench_staging;

SELECT :'analyze' = 'full' AS analyze_full \gset
\if :analyze_full
\echo '--- ANALYZE staging_tally (all columns)'
ANALYZE staging_tally;
\else
\echo '--- ANALYZE staging_tally (mesa_code, ballot)'
ANALYZE staging_tally (mesa_code, ballot);
\endif

\echo '--- check: duplicates'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT line, mesa_code, ballot, first_line, count(*) OVER () AS total FROM (
    SELECT line, mesa_code, ballot, min(line) OVER (PARTITION BY mesa_code, ballot) AS first_line
    FROM staging_tally) s
WHERE line > first_line ORDER BY line LIMIT 200;

\echo '--- check: moved'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT min(s.line) AS line, s.mesa_code, count(*) OVER () AS total FROM staging_tally s
JOIN mesa m ON m.election_id = :election AND m.code = s.mesa_code
WHERE (m.country_id, m.region_id, m.province_id, m.section, m.station_id)
      IS DISTINCT FROM (s.country_id, s.region_id, s.province_id, s.section, s.station_id)
GROUP BY s.mesa_code ORDER BY 1 LIMIT 200;

\echo '--- check: places differ'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT min(s.line) AS line, s.mesa_code, count(*) OVER () AS total FROM staging_tally s
GROUP BY s.mesa_code
HAVING count(DISTINCT (s.country_id, s.region_id, s.province_id, s.section, s.station_id)) > 1
ORDER BY 1 LIMIT 200;

\echo '--- classify'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
CREATE TEMP TABLE tally_change ON COMMIT DROP AS
SELECT s.*, t.id AS old_id,
       CASE WHEN t.id IS NULL THEN 'I'
            WHEN t.registered = s.registered AND t.votes = s.votes AND t.valid = s.valid
                 AND t.blank = s.blank AND t.null_votes = s.null_votes AND t.emitted = s.emitted
                 AND t.valid_system = s.valid_system AND t.emitted_system = s.emitted_system
                 AND t.constituency = s.constituency THEN 'U'
            ELSE 'C' END AS kind
FROM staging_tally s
LEFT JOIN tally t ON t.election_id = :election AND t.mesa_code = s.mesa_code
                 AND t.ballot = s.ballot AND t.status = 'CURRENT';

\echo '--- withdrawals (snapshot)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
CREATE TEMP TABLE tally_withdrawal ON COMMIT DROP AS
SELECT t.id FROM tally t
WHERE t.election_id = :election AND t.status = 'CURRENT' AND t.ballot IN ('PRESIDENT', 'UNINOMINAL', 'SPECIAL')
  AND NOT EXISTS (SELECT 1 FROM staging_tally s WHERE s.mesa_code = t.mesa_code AND s.ballot = t.ballot);

\if :analyze_full
\echo '--- ANALYZE tally_change (all columns)'
ANALYZE tally_change;
\else
\echo '--- ANALYZE tally_change (mesa_code, ballot, kind, old_id)'
ANALYZE tally_change (mesa_code, ballot, kind, old_id);
\endif

\echo '--- delta'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
CREATE TEMP TABLE tally_delta ON COMMIT DROP AS
SELECT 1 AS sign, c.ballot, c.country_id, c.country, c.region_id, c.region, c.province_id, c.province,
       c.section, c.municipality, c.station_id, c.station, c.constituency,
       c.registered, c.emitted, c.valid, c.blank, c.null_votes, c.votes
FROM tally_change c WHERE c.kind <> 'U'
UNION ALL
SELECT -1, t.ballot, m.country_id, m.country, m.region_id, m.region, m.province_id, m.province,
       m.section, m.municipality, m.station_id, m.station, t.constituency,
       t.registered, t.emitted, t.valid, t.blank, t.null_votes, t.votes
FROM tally t JOIN mesa m ON m.election_id = t.election_id AND m.code = t.mesa_code
WHERE t.id IN (SELECT old_id FROM tally_change WHERE kind = 'C' UNION ALL SELECT id FROM tally_withdrawal);

\echo '--- supersede'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
UPDATE tally SET status = 'SUPERSEDED', replaced_by = :upload
WHERE id IN (SELECT old_id FROM tally_change WHERE kind = 'C');

\echo '--- withdraw'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
UPDATE tally SET status = 'WITHDRAWN', replaced_by = :upload
WHERE id IN (SELECT id FROM tally_withdrawal);

\echo '--- upsert mesas'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
INSERT INTO mesa (election_id, code, country_id, country, region_id, region, province_id, province,
                  section, municipality, locality_id, locality, station_id, station, number)
SELECT DISTINCT ON (mesa_code) :election, mesa_code, country_id, country, region_id, region,
       province_id, province, section, municipality, locality_id, locality, station_id, station, number
FROM staging_tally ORDER BY mesa_code, line
ON CONFLICT (election_id, code) DO UPDATE SET
    country = excluded.country, region = excluded.region, province = excluded.province,
    municipality = excluded.municipality, locality_id = excluded.locality_id,
    locality = excluded.locality, station = excluded.station, number = excluded.number
WHERE (mesa.country, mesa.region, mesa.province, mesa.municipality, mesa.locality_id, mesa.locality,
       mesa.station, mesa.number)
      IS DISTINCT FROM (excluded.country, excluded.region, excluded.province, excluded.municipality,
                        excluded.locality_id, excluded.locality, excluded.station, excluded.number);

\echo '--- insert versions'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
INSERT INTO tally (election_id, mesa_code, ballot, version, status, constituency, registered, votes,
                   valid, blank, null_votes, emitted, valid_system, emitted_system, upload_id, source_line)
SELECT :election, c.mesa_code, c.ballot,
       coalesce((SELECT max(v.version) FROM tally v
                 WHERE v.election_id = :election AND v.mesa_code = c.mesa_code AND v.ballot = c.ballot), 0) + 1,
       'CURRENT', c.constituency, c.registered, c.votes, c.valid, c.blank, c.null_votes, c.emitted,
       c.valid_system, c.emitted_system, :upload, c.line
FROM tally_change c WHERE c.kind <> 'U';

\echo '--- area totals, STATION level'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
INSERT INTO area_total AS a (election_id, ballot, level, area, parent_level, parent_area, name, mesas,
                             registered, emitted, valid, blank, null_votes, votes, updated_at)
SELECT :election, d.ballot, 'STATION', d.station_id::text, 'MUNICIPALITY',
       d.country_id || ':' || d.region_id || ':' || d.province_id || ':' || d.section,
       coalesce(max(d.station) FILTER (WHERE d.sign > 0), max(d.station)), sum(d.sign),
       sum(d.sign * d.registered), sum(d.sign * d.emitted), sum(d.sign * d.valid),
       sum(d.sign * d.blank), sum(d.sign * d.null_votes),
       ARRAY[sum(d.sign * d.votes[1]), sum(d.sign * d.votes[2]), sum(d.sign * d.votes[3]), sum(d.sign * d.votes[4]),
             sum(d.sign * d.votes[5]), sum(d.sign * d.votes[6]), sum(d.sign * d.votes[7]), sum(d.sign * d.votes[8]),
             sum(d.sign * d.votes[9]), sum(d.sign * d.votes[10]), sum(d.sign * d.votes[11]), sum(d.sign * d.votes[12]),
             sum(d.sign * d.votes[13]), sum(d.sign * d.votes[14]), sum(d.sign * d.votes[15]), sum(d.sign * d.votes[16])]::bigint[],
       now()
FROM tally_delta d
WHERE true
GROUP BY d.ballot, d.station_id, d.country_id, d.region_id, d.province_id, d.section
ON CONFLICT (election_id, ballot, level, area) DO UPDATE SET
    name = excluded.name,
    mesas = a.mesas + excluded.mesas,
    registered = a.registered + excluded.registered,
    emitted = a.emitted + excluded.emitted,
    valid = a.valid + excluded.valid,
    blank = a.blank + excluded.blank,
    null_votes = a.null_votes + excluded.null_votes,
    votes = vote_add(a.votes, excluded.votes),
    updated_at = excluded.updated_at;

ROLLBACK;
