-- What writing a file's tallies costs, constraint by constraint: the current tallies are inserted
-- again, as new versions, into tally; each case drops some constraints first, inside a
-- subtransaction that is rolled back, so nothing changes. Run by bench/ingest.sh (INSERT_COSTS=1)
-- after its uploads; by hand: psql -X -f bench/sql/tally-insert-costs.sql against a loaded database.
-- The constraint names are the schema's (V1__schema.sql): if they change, this script stops.
\set ON_ERROR_STOP on
CREATE TEMP TABLE insert_source AS SELECT * FROM tally WHERE status = 'CURRENT';
ANALYZE insert_source;
CREATE FUNCTION pg_temp.insert_cost(label text, prepare text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    started timestamptz;
    runs numeric[] := '{}';
BEGIN
    FOR i IN 1..3 LOOP
        BEGIN
            IF prepare <> '' THEN
                EXECUTE prepare;
            END IF;
            started := clock_timestamp();
            INSERT INTO tally (election_id, mesa_code, ballot, version, status, constituency, registered, votes,
                               valid, blank, null_votes, emitted, valid_system, emitted_system, upload_id, source_line)
            SELECT election_id, mesa_code, ballot, version + 1000, 'SUPERSEDED', constituency, registered, votes,
                   valid, blank, null_votes, emitted, valid_system, emitted_system, upload_id, source_line
            FROM insert_source;
            runs := runs || round(extract(epoch FROM clock_timestamp() - started) * 1000);
            RAISE EXCEPTION USING ERRCODE = 'P0001';
        EXCEPTION WHEN raise_exception THEN
            NULL;  -- rolled back: the inserted rows and the dropped constraints are back as they were
        END;
    END LOOP;
    RAISE NOTICE '%', format('%-58s %6s ms  (runs: %s)', label,
        (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY r) FROM unnest(runs) r), array_to_string(runs, ' '));
END $$;
SELECT format('%s tallies; median of 3 inserts per case', count(*)) AS insert_costs FROM insert_source \gset
\echo :insert_costs
SELECT pg_temp.insert_cost('tally as it is (5 indexes, 3 foreign keys)', '');
SELECT pg_temp.insert_cost('without the foreign keys to upload',
    'ALTER TABLE tally DROP CONSTRAINT tally_upload_id_fkey, DROP CONSTRAINT tally_replaced_by_fkey');
SELECT pg_temp.insert_cost('without any foreign key',
    'ALTER TABLE tally DROP CONSTRAINT tally_upload_id_fkey, DROP CONSTRAINT tally_replaced_by_fkey, '
    'DROP CONSTRAINT tally_election_id_mesa_code_fkey');
SELECT pg_temp.insert_cost('without foreign keys, keys only (id, current, version)',
    'ALTER TABLE tally DROP CONSTRAINT tally_upload_id_fkey, DROP CONSTRAINT tally_replaced_by_fkey, '
    'DROP CONSTRAINT tally_election_id_mesa_code_fkey; DROP INDEX tally_upload; DROP INDEX tally_replaced_by');
SELECT pg_temp.insert_cost('without foreign keys or indexes (the heap and its WAL)',
    'ALTER TABLE tally DROP CONSTRAINT tally_upload_id_fkey, DROP CONSTRAINT tally_replaced_by_fkey, '
    'DROP CONSTRAINT tally_election_id_mesa_code_fkey, DROP CONSTRAINT tally_election_id_mesa_code_ballot_version_key, '
    'DROP CONSTRAINT tally_pkey; DROP INDEX tally_upload; DROP INDEX tally_replaced_by; DROP INDEX tally_current');
