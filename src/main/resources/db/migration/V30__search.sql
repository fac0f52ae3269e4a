-- Search (issue 15): a search index over the reference data (departments, municipalities, polling
-- stations, countries and cities abroad, candidates, parties), case- and accent-insensitive and
-- typo-tolerant through trigrams; localities, named only in the uploaded files, get one row each in
-- search_locality, kept by statement triggers on the mesa table; mesas are found by their code.
-- Source: built from this repository's own reference migrations (V2 parties and tickets, V5 polling
-- stations, V6 country names abroad); no outside data. unaccent and pg_trgm ship with PostgreSQL
-- (contrib) and are trusted extensions: a database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA ${flyway:defaultSchema};
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA ${flyway:defaultSchema};

-- Lower case without accents. unaccent() is only STABLE (its dictionary could be changed); this
-- application never changes it, so the wrapper is IMMUTABLE and can be indexed. Schema-qualified
-- because PostgreSQL 17 runs index maintenance with a safe search_path.
CREATE FUNCTION search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT lower(${flyway:defaultSchema}.unaccent('${flyway:defaultSchema}.unaccent'::regdictionary, value))
$$;

CREATE TABLE search_entry (
    election_id integer      NOT NULL REFERENCES election,
    kind        varchar(12)  NOT NULL CHECK (kind IN
        ('STATION', 'MUNICIPALITY', 'DEPARTMENT', 'COUNTRY', 'CITY', 'CANDIDATE', 'PARTY')),
    name        varchar(200) NOT NULL,
    context     varchar(400) NOT NULL,
    -- what the page address is built from: an id or key of the place, a ticket's slug, a party code
    target      varchar(80)  NOT NULL,
    -- search_text of the name and any other name it is known by
    terms       text         NOT NULL
);

-- GiST, not GIN: the search takes the nearest names by word-similarity distance (KNN, ORDER BY
-- terms <->> query LIMIT n) and ranks those; a GIN similarity scan rechecked hundreds of rows.
CREATE INDEX search_entry_terms ON search_entry USING gist (terms gist_trgm_ops);

-- One row per locality of the uploaded mesas (a search never scans the mesas: a common name matches
-- thousands of them). Kept set-based, once per statement, by the triggers below.
CREATE TABLE search_locality (
    election_id integer      NOT NULL,
    locality_id integer      NOT NULL,
    name        varchar(200) NOT NULL,
    context     varchar(400) NOT NULL,
    -- the locality's municipality key (country:region:province:section): it has no page of its own
    target      varchar(80)  NOT NULL,
    terms       text         NOT NULL,
    PRIMARY KEY (election_id, locality_id)
);

CREATE INDEX search_locality_terms ON search_locality USING gist (terms gist_trgm_ops);

CREATE FUNCTION search_locality_refresh() RETURNS trigger
    LANGUAGE plpgsql AS
$$
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
    RETURN NULL;
END
$$;

CREATE FUNCTION search_locality_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM search_locality s
    WHERE NOT EXISTS (SELECT 1 FROM mesa m WHERE m.election_id = s.election_id AND m.locality_id = s.locality_id);
    RETURN NULL;
END
$$;

-- Transition tables allow one event per trigger: one each for the inserts and updates of the merge.
CREATE TRIGGER mesa_search_locality_insert AFTER INSERT ON mesa REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_locality_refresh();
CREATE TRIGGER mesa_search_locality_update AFTER UPDATE ON mesa REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_locality_refresh();
CREATE TRIGGER mesa_search_locality_delete AFTER DELETE ON mesa
    FOR EACH STATEMENT EXECUTE FUNCTION search_locality_clear();
CREATE TRIGGER mesa_search_locality_truncate AFTER TRUNCATE ON mesa
    FOR EACH STATEMENT EXECUTE FUNCTION search_locality_clear();

INSERT INTO search_locality (election_id, locality_id, name, context, target, terms)
SELECT DISTINCT ON (election_id, locality_id) election_id, locality_id, locality, municipality || ', ' || region,
       concat_ws(':', country_id, region_id, province_id, section), search_text(locality)
FROM mesa
ORDER BY election_id, locality_id, code;

INSERT INTO search_entry (election_id, kind, name, context, target, terms)
SELECT p.election_id, 'DEPARTMENT', d.name, 'Bolivia', d.id::text, search_text(d.name)
FROM department d JOIN department_plan p ON p.department_id = d.id;

INSERT INTO search_entry (election_id, kind, name, context, target, terms)
SELECT s.election_id, 'MUNICIPALITY', min(s.municipality), d.name,
       concat_ws(':', s.country_id, s.region_id, s.province_id, s.section), search_text(min(s.municipality))
FROM polling_station s JOIN department d ON d.id = s.region_id
WHERE s.country_id = 32
GROUP BY s.election_id, s.country_id, s.region_id, s.province_id, s.section, d.name;

INSERT INTO search_entry (election_id, kind, name, context, target, terms)
SELECT s.election_id, 'STATION', s.name,
       s.municipality || ', ' || coalesce(d.name, c.name, ''), s.locality_id || ':' || s.station_id, search_text(s.name)
FROM polling_station s
LEFT JOIN department d ON s.country_id = 32 AND d.id = s.region_id
LEFT JOIN result_2019 c ON s.country_id <> 32 AND c.country_id = s.country_id;

INSERT INTO search_entry (election_id, kind, name, context, target, terms)
SELECT DISTINCT s.election_id, 'COUNTRY', c.name, '', c.country_id::text, search_text(c.name)
FROM polling_station s JOIN result_2019 c ON c.country_id = s.country_id
WHERE s.country_id <> 32;

-- A city abroad is a municipality of the export abroad (a region abroad, such as Buenos Aires, holds
-- several: C.A. Buenos Aires, La Matanza, ...).
INSERT INTO search_entry (election_id, kind, name, context, target, terms)
SELECT s.election_id, 'CITY', min(s.municipality), c.name,
       concat_ws(':', s.country_id, s.region_id, s.province_id, s.section), search_text(min(s.municipality))
FROM polling_station s JOIN result_2019 c ON c.country_id = s.country_id
WHERE s.country_id <> 32
GROUP BY s.election_id, s.country_id, s.region_id, s.province_id, s.section, c.name;

INSERT INTO search_entry (election_id, kind, name, context, target, terms)
SELECT t.election_id, 'CANDIDATE', t.president, p.short_name, t.slug, search_text(t.president)
FROM ticket t JOIN party p ON p.election_id = t.election_id AND p.code = t.party_code
UNION ALL
SELECT t.election_id, 'CANDIDATE', t.vice_president, p.short_name, t.slug, search_text(t.vice_president)
FROM ticket t JOIN party p ON p.election_id = t.election_id AND p.code = t.party_code
WHERE t.vice_president IS NOT NULL;

INSERT INTO search_entry (election_id, kind, name, context, target, terms)
SELECT election_id, 'PARTY', short_name, name, code, search_text(short_name || ' ' || name)
FROM party;
