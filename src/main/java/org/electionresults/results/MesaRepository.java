package org.electionresults.results;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.electionresults.election.Ballot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One mesa and its actas, by key: an index lookup, never a scan. */
@Repository
class MesaRepository {

	private final JdbcClient jdbc;

	MesaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Mesa> find(int electionId, int code) {
		List<MesaTally> tallies = this.jdbc.sql("""
				SELECT t.ballot, t.version, t.status, t.constituency, t.registered, t.votes, t.valid, t.blank,
				       t.null_votes, t.emitted, t.upload_id, u.uploaded_at, t.replaced_by
				FROM tally t JOIN upload u ON u.id = t.upload_id
				WHERE t.election_id = ? AND t.mesa_code = ?
				ORDER BY t.ballot, t.version DESC""")
			.param(electionId)
			.param(code)
			.query((rs, row) -> new MesaTally(Ballot.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3),
					rs.getInt(4), ActaNumbers.read(rs, 5), rs.getLong(11), rs.getTimestamp(12).toInstant(),
					rs.getObject(13, Long.class)))
			.list();
		return this.jdbc.sql("""
				SELECT code, country_id, country, region_id, region, province_id, province, section, municipality,
				       locality_id, locality, station_id, station, number
				FROM mesa WHERE election_id = ? AND code = ?""")
			.param(electionId)
			.param(code)
			.query((rs, row) -> new Mesa(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getInt(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getInt(10), rs.getString(11),
					rs.getInt(12), rs.getString(13), rs.getInt(14), tallies))
			.optional();
	}

	List<Integer> codesAtStation(int electionId, int localityId, int stationId) {
		return this.jdbc
			.sql("SELECT code FROM mesa WHERE election_id = ? AND locality_id = ? AND station_id = ? ORDER BY number, code")
			.param(electionId)
			.param(localityId)
			.param(stationId)
			.query(Integer.class)
			.list();
	}

}
