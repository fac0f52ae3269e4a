package org.electionresults.search;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.electionresults.election.ElectionCatalogService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds mesas by their code (exactly), and places, candidates and parties by name: without regard
 * to case or accents ({@code potosi} finds Potosí) and despite typos (trigram similarity, pg_trgm),
 * best first, at most {@link #LIMIT}. Reference places come from {@code search_entry} (migration
 * V30); localities, named only in the uploaded files, from {@code search_locality}, which triggers on
 * the {@code mesa} table keep. Call inside one snapshot ({@code SnapshotReader}).
 */
@Service
public class SearchService {

	public static final int LIMIT = 20;

	// Candidates: the CANDIDATES nearest names of each source by word-similarity distance (GiST KNN).
	// Kept if similar enough (pg_trgm's defaults: similarity 0.3, word similarity 0.6). Relevance:
	// the better of whole-text and best-word similarity, plus a bonus for an exact name and for a name
	// that starts with the query; ties by whole-text similarity (the shorter name that holds the
	// query), kind, then name.
	// The query text is written out in each ORDER BY (not taken from the CTE q) so that it is a
	// constant of the scan and the GiST index can give the nearest names; from a CTE it is a value of
	// another relation, and every name's distance was computed and sorted (35 ms instead of 3).
	static final String BY_NAME = """
			WITH q AS (SELECT search_text(:text) AS t),
			candidates AS (
			  (SELECT e.kind, e.name, e.context, e.target, e.terms FROM search_entry e
			   WHERE e.election_id = :election ORDER BY e.terms <->> search_text(:text) LIMIT :candidates)
			  UNION ALL
			  (SELECT 'LOCALITY', l.name, l.context, l.target, l.terms FROM search_locality l
			   WHERE l.election_id = :election ORDER BY l.terms <->> search_text(:text) LIMIT :candidates))
			SELECT kind, name, context, target FROM (
			  SELECT c.kind, c.name, c.context, c.target, similarity(c.terms, q.t) AS closeness,
			         word_similarity(q.t, c.terms) AS word_closeness,
			         greatest(similarity(c.terms, q.t), word_similarity(q.t, c.terms))
			         + CASE WHEN c.terms = q.t THEN 1 WHEN starts_with(c.terms, q.t) THEN 0.5 ELSE 0 END AS score
			  FROM candidates c, q) found
			WHERE closeness >= 0.3 OR word_closeness >= 0.6
			ORDER BY score DESC, closeness DESC, array_position(ARRAY['DEPARTMENT', 'MUNICIPALITY', 'COUNTRY', 'CITY', 'PARTY',
			         'CANDIDATE', 'LOCALITY', 'STATION']::varchar[], kind::varchar), name
			LIMIT :limit""";

	static final int CANDIDATES = 60;

	private static final String BY_CODE = """
			SELECT code, number, station, municipality, region FROM mesa WHERE election_id = :election AND code = :code""";

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	SearchService(JdbcClient jdbc, ElectionCatalogService catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	public List<SearchResult> search(SearchQuery query) {
		if (query.tooShort()) {
			return List.of();
		}
		int election = this.catalogs.current().id();
		OptionalInt number = query.number();
		if (number.isPresent()) {
			return this.jdbc.sql(BY_CODE)
				.param("election", election)
				.param("code", number.getAsInt())
				.query((rs, row) -> new SearchResult(SearchKind.MESA, Integer.toString(rs.getInt("code")),
						"N.º " + rs.getInt("number") + " · " + rs.getString("station") + ", "
								+ rs.getString("municipality") + ", " + rs.getString("region"),
						SearchLinks.of(SearchKind.MESA, Integer.toString(rs.getInt("code")))))
				.list();
		}
		List<SearchResult> results = new ArrayList<>();
		this.jdbc.sql(BY_NAME)
			.param("text", query.text())
			.param("election", election)
			.param("limit", LIMIT)
			.param("candidates", CANDIDATES)
			.query((rs, row) -> {
				SearchKind kind = SearchKind.valueOf(rs.getString("kind"));
				return new SearchResult(kind, rs.getString("name"), rs.getString("context"),
						SearchLinks.of(kind, rs.getString("target")));
			})
			.list()
			.forEach(results::add);
		return List.copyOf(results);
	}

}
