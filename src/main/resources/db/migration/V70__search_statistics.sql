-- Search (issue 15): the planner needs statistics on the search tables to take the GiST
-- nearest-name scan; without them it guessed 3 rows for 6,002 names and computed every name's
-- distance (35 ms a query instead of 3). The names of search_entry never change after V30, so one
-- ANALYZE suffices; search_locality grows with the uploads, so its refresh analyzes it whenever it
-- added or renamed localities (a few milliseconds for some 2,000 rows; a correction of numbers adds
-- none). Autovacuum would get there too, but not before the first readers of election night.
ANALYZE search_entry;

CREATE OR REPLACE FUNCTION search_locality_refresh() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    changed_localities bigint;
BEGIN
    INSERT INTO search_locality (election_id, locality_id, name, context, target, terms)
    SELECT DISTINCT ON (election_id, locality_id) election_id, locality_id, locality,
           municipality || ', ' || region, concat_ws(':', country_id, region_id, province_id, section),
           search_text(locality)
    FROM changed
    ORDER BY election_id, locality_id, code
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

ANALYZE search_locality;
