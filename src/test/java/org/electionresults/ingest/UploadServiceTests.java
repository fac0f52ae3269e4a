package org.electionresults.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Uploads land whole or not at all, and the totals always equal the current tallies. */
class UploadServiceTests extends CountIntegrationTest {

	@Autowired
	ElectionCatalogService catalogs;

	@Test
	void aNewFileIsInsertedAndTheTotalsEqualTheFile() throws Exception {
		UploadFiles.Written file = UploadFiles.write(this.dir, "first.csv", export().build());

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(file.file(), false));

		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		long rows = file.totals().values().stream().mapToLong(SyntheticExport.Totals::rows).sum();
		assertThat(report.rows()).isEqualTo(rows);
		assertThat(report.inserted()).isEqualTo(rows);
		assertThat(report.corrected() + report.unchanged() + report.withdrawn()).isZero();
		assertThat(report.errorCount()).isZero();
		assertTotalsEqual(file.totals());
		assertThat(this.jdbc.sql("SELECT data_version FROM election").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theSameNumbersInOtherBytesAreUnchanged() throws Exception {
		UploadFiles.Written first = UploadFiles.write(this.dir, "first.csv", export().build());
		UploadFiles.Written again = UploadFiles.write(this.dir, "again.csv", export().crlf(true).delimiter(';').build());
		this.uploads.ingest(UploadFiles.attempt(first.file(), false));

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(again.file(), false));

		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		assertThat(report.unchanged()).isEqualTo(report.rows());
		assertThat(report.inserted() + report.corrected()).isZero();
		assertTotalsEqual(first.totals());
		assertThat(this.jdbc.sql("SELECT data_version FROM election").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theSameFileTwiceIsADuplicateThatChangesNothing() throws Exception {
		UploadFiles.Written file = UploadFiles.write(this.dir, "first.csv", export().build());
		UploadReport first = this.uploads.ingest(UploadFiles.attempt(file.file(), false));

		UploadReport second = this.uploads.ingest(UploadFiles.attempt(file.file(), false));

		assertThat(second.status()).isEqualTo(UploadStatus.DUPLICATE);
		assertThat(second.duplicateOf()).isEqualTo(first.id());
		assertThat(second.inserted() + second.corrected()).isZero();
		assertTotalsEqual(file.totals());
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally").query(Long.class).single()).isEqualTo(first.rows());
	}

	@Test
	void aCorrectionSupersedesTheOldVersionWhichIsKept() throws Exception {
		UploadFiles.Written original = UploadFiles.write(this.dir, "original.csv", export().build());
		UploadFiles.Written corrected = UploadFiles.write(this.dir, "corrected.csv",
				export().correct((mesa) -> mesa.index() % 10 == 0, 1).build());
		UploadReport first = this.uploads.ingest(UploadFiles.attempt(original.file(), false));

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(corrected.file(), false));

		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		assertThat(report.corrected()).isPositive();
		assertThat(report.corrected() + report.unchanged()).isEqualTo(report.rows());
		assertTotalsEqual(corrected.totals());
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE status = 'SUPERSEDED' AND replaced_by = ?")
			.param(report.id())
			.query(Long.class)
			.single()).isEqualTo(report.corrected());
		List<Correction> corrections = this.uploads.corrections(report.id());
		assertThat(corrections).hasSize(report.corrected());
		assertThat(corrections).allSatisfy((c) -> assertThat(c.before()).isNotEqualTo(c.after()));
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE upload_id = ?")
			.param(first.id())
			.query(Long.class)
			.single()).isEqualTo(first.rows());
	}

	@Test
	void aFileThatOnlyRenamesAPollingStationIsStoredAndChangesTheDataVersion() throws Exception {
		UploadFiles.Written original = UploadFiles.write(this.dir, "original.csv", export().build());
		this.uploads.ingest(UploadFiles.attempt(original.file(), false));
		// A mesa in Bolivia: it has a uninominal tally besides the presidential one.
		String mesa = "(SELECT min(mesa_code) FROM tally WHERE ballot = 'UNINOMINAL')";
		String station = this.jdbc.sql("SELECT station FROM mesa WHERE code = " + mesa).query(String.class).single();
		String stationArea = this.jdbc.sql("SELECT locality_id || ':' || station_id FROM mesa WHERE code = " + mesa)
			.query(String.class)
			.single();
		// Only the presidential rows, with the station renamed (a backslash and quotes in the new name).
		Path renamed = this.dir.resolve("renamed.csv");
		List<String> lines = java.nio.file.Files.readAllLines(original.file());
		List<String> president = new ArrayList<>(List.of(lines.get(0)));
		lines.stream().filter((line) -> line.contains(",PRESIDENTE,")).forEach(president::add);
		java.nio.file.Files.write(renamed, president.stream()
			.map((line) -> line.replace("," + station + ",", ",\"Unidad Educativa \\ \"\"Renombrada\"\"\","))
			.toList());

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(renamed, false));

		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		assertThat(report.unchanged()).isEqualTo(report.rows());
		String newName = "Unidad Educativa \\ \"Renombrada\"";
		assertThat(this.jdbc.sql("SELECT station FROM mesa WHERE code = " + mesa).query(String.class).single())
			.isEqualTo(newName);
		// The pages read names from the aggregates: the station's total of every ballot, not only of the
		// presidential rows in the file, shows the new name.
		assertThat(this.jdbc.sql("SELECT ballot || ' ' || name FROM area_total WHERE level = 'STATION' AND area = ?")
			.param(stationArea)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("PRESIDENT " + newName, "UNINOMINAL " + newName);
		assertThat(this.jdbc.sql("SELECT data_version FROM election").query(Long.class).single()).isEqualTo(2);
		// The count did not move: no new point on the timeline.
		assertThat(this.jdbc.sql("SELECT count(*) FROM count_point").query(Long.class).single()).isEqualTo(1);
		assertTotalsEqual(original.totals());
	}

	@Test
	void aSnapshotWithdrawsTheMesasItNoLongerHas() throws Exception {
		UploadFiles.Written all = UploadFiles.write(this.dir, "all.csv", export().build());
		UploadFiles.Written fewer = UploadFiles.write(this.dir, "fewer.csv",
				export().onlyMesas((mesa) -> mesa.index() % 4 != 0).build());
		this.uploads.ingest(UploadFiles.attempt(all.file(), false));

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(fewer.file(), true));

		long missing = all.totals().values().stream().mapToLong(SyntheticExport.Totals::rows).sum()
				- fewer.totals().values().stream().mapToLong(SyntheticExport.Totals::rows).sum();
		assertThat(report.withdrawn()).isEqualTo(missing).isPositive();
		assertThat(report.unchanged()).isEqualTo(report.rows());
		assertTotalsEqual(fewer.totals());
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE status = 'WITHDRAWN'").query(Long.class).single())
			.isEqualTo(missing);
	}

	@Test
	void withoutSnapshotAbsentMesasStay() throws Exception {
		UploadFiles.Written all = UploadFiles.write(this.dir, "all.csv", export().build());
		UploadFiles.Written fewer = UploadFiles.write(this.dir, "fewer.csv",
				export().onlyMesas((mesa) -> mesa.index() % 4 != 0).build());
		this.uploads.ingest(UploadFiles.attempt(all.file(), false));

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(fewer.file(), false));

		assertThat(report.withdrawn()).isZero();
		assertTotalsEqual(all.totals());
	}

	@Test
	void aFileWithOneBadRowIsRejectedAndChangesNothing() throws Exception {
		UploadFiles.Written good = UploadFiles.write(this.dir, "good.csv", export().build());
		this.uploads.ingest(UploadFiles.attempt(good.file(), false));
		List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(
				UploadFiles.write(this.dir, "changed.csv", export().correct((mesa) -> true, 2).build()).file()));
		// Break the sum of one row near the end: VOTO_EMITIDO is the third field from the end.
		int target = lines.size() - 2;
		String[] fields = lines.get(target).split(",", -1);
		fields[fields.length - 3] = Integer.toString(Integer.parseInt(fields[fields.length - 3]) + 1);
		lines.set(target, String.join(",", fields));
		Path broken = this.dir.resolve("broken.csv");
		java.nio.file.Files.write(broken, lines);

		UploadReport report = this.uploads.ingest(UploadFiles.attempt(broken, false));

		assertThat(report.status()).isEqualTo(UploadStatus.REJECTED);
		assertThat(report.errorCount()).isGreaterThanOrEqualTo(1);
		assertThat(report.errors()).anySatisfy((problem) -> assertThat(problem.line()).isEqualTo(target + 1));
		assertThat(report.inserted() + report.corrected()).isZero();
		assertTotalsEqual(good.totals());
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE status = 'SUPERSEDED'").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload_file WHERE upload_id = ?")
			.param(report.id())
			.query(Long.class)
			.single()).as("rejected bytes kept for the audit").isEqualTo(1);
	}

	@Test
	void twoUploadsAtOnceBothLandOneAfterTheOther() throws Exception {
		UploadFiles.Written even = UploadFiles.write(this.dir, "even.csv",
				export().onlyMesas((mesa) -> mesa.index() % 2 == 0).build());
		UploadFiles.Written odd = UploadFiles.write(this.dir, "odd.csv",
				export().onlyMesas((mesa) -> mesa.index() % 2 == 1).build());
		UploadFiles.Written all = UploadFiles.write(this.dir, "all.csv", export().build());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<UploadReport>> both = List.of(() -> this.uploads.ingest(UploadFiles.attempt(even.file(), false)),
					() -> this.uploads.ingest(UploadFiles.attempt(odd.file(), false)));
			List<UploadReport> reports = new ArrayList<>();
			for (Future<UploadReport> future : pool.invokeAll(both)) {
				reports.add(future.get());
			}
			assertThat(reports).extracting(UploadReport::status).containsOnly(UploadStatus.COMMITTED);
		}
		finally {
			pool.shutdown();
		}
		assertTotalsEqual(all.totals());
		assertThat(this.jdbc.sql("SELECT data_version FROM election").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theSameFileTwiceAtOnceLandsOnce() throws Exception {
		UploadFiles.Written file = UploadFiles.write(this.dir, "same.csv", export().build());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<UploadReport> reports = new ArrayList<>();
		try {
			Callable<UploadReport> upload = () -> this.uploads.ingest(UploadFiles.attempt(file.file(), false));
			for (Future<UploadReport> future : pool.invokeAll(List.of(upload, upload))) {
				reports.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(reports).extracting(UploadReport::status)
			.containsExactlyInAnyOrder(UploadStatus.COMMITTED, UploadStatus.DUPLICATE);
		assertTotalsEqual(file.totals());
	}

	@Test
	void overlappingUploadsAndDuplicatesAtOnceEqualApplyingThemInCommitOrder() throws Exception {
		Map<String, SyntheticExport> exports = new java.util.LinkedHashMap<>();
		exports.put("a.csv", export().onlyMesas((m) -> m.index() < 120).build());
		exports.put("a-again.csv", export().onlyMesas((m) -> m.index() < 120).build());
		exports.put("b.csv", export().onlyMesas((m) -> m.index() >= 60 && m.index() < 180).correct((m) -> true, 1).build());
		exports.put("b-crlf.csv",
				export().onlyMesas((m) -> m.index() >= 60 && m.index() < 180).correct((m) -> true, 1).crlf(true).build());
		exports.put("c.csv", export().onlyMesas((m) -> m.index() >= 150).correct((m) -> m.index() % 3 == 0, 2).build());
		Map<String, Path> files = new java.util.HashMap<>();
		exports.forEach((name, export) -> files.put(name, UploadFiles.write(this.dir, name, export).file()));
		ExecutorService pool = Executors.newFixedThreadPool(exports.size());
		List<UploadReport> reports = new ArrayList<>();
		try {
			List<Callable<UploadReport>> all = new ArrayList<>();
			files.values().forEach((file) -> all.add(() -> this.uploads.ingest(UploadFiles.attempt(file, false))));
			for (Future<UploadReport> future : pool.invokeAll(all)) {
				reports.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}

		// The same bytes land once; everything else commits, one after the other.
		assertThat(reports).filteredOn((r) -> r.status() == UploadStatus.DUPLICATE).hasSize(1);
		assertThat(reports).filteredOn((r) -> r.status() == UploadStatus.COMMITTED).hasSize(4);
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single()).isEqualTo(5);
		// Apply the committed files in commit order, by hand. (Ids are taken when an upload starts, so
		// that it can be followed; the commit order is that of finished_at, set under the election's lock.)
		Map<String, SyntheticExport.Row> expected = new java.util.HashMap<>();
		reports.stream()
			.filter((r) -> r.status() == UploadStatus.COMMITTED)
			.sorted(java.util.Comparator.comparing(UploadReport::finishedAt))
			.forEach((r) -> exports.get(r.fileName())
				.rows()
				.forEach((row) -> expected.put(row.mesa().code() + "/" + row.ballot(), row)));
		List<Map<String, Object>> current = this.jdbc
			.sql("SELECT mesa_code, ballot, registered, votes, valid, blank, null_votes, emitted FROM tally WHERE status = 'CURRENT'")
			.query()
			.listOfRows();
		assertThat(current).hasSize(expected.size());
		ElectionCatalog election = this.catalogs.current();
		for (Map<String, Object> tally : current) {
			SyntheticExport.Row row = expected.get(tally.get("mesa_code") + "/" + tally.get("ballot"));
			assertThat(row).as("tally %s", tally).isNotNull();
			assertThat(tally.get("valid")).isEqualTo(row.valid());
			assertThat(tally.get("blank")).isEqualTo(row.blank());
			assertThat(tally.get("null_votes")).isEqualTo(row.nullVotes());
			assertThat(tally.get("emitted")).isEqualTo(row.emitted());
			Integer[] votes = (Integer[]) ((java.sql.Array) tally.get("votes")).getArray();
			for (ElectionCatalog.PartyInfo party : election.partiesOn(row.ballot())) {
				assertThat(votes[party.position() - 1]).as("%s %s", tally, party.code()).isEqualTo(row.votes(party.code()));
			}
		}
		// No correction is lost: every superseded version was counted by the upload that replaced it.
		long corrected = reports.stream().mapToLong(UploadReport::corrected).sum();
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally WHERE status = 'SUPERSEDED'").query(Long.class).single())
			.isEqualTo(corrected);
		Map<Ballot, SyntheticExport.Totals> totals = new java.util.EnumMap<>(Ballot.class);
		for (Ballot ballot : Ballot.values()) {
			List<SyntheticExport.Row> rows = expected.values().stream().filter((r) -> r.ballot() == ballot).toList();
			if (!rows.isEmpty()) {
				totals.put(ballot, totalsOf(ballot, rows));
			}
		}
		assertTotalsEqual(totals);
	}

	private static SyntheticExport.Totals totalsOf(Ballot ballot, List<SyntheticExport.Row> rows) {
		Map<String, Long> votes = new java.util.HashMap<>();
		for (SyntheticExport.Row row : rows) {
			for (String party : row.parties()) {
				votes.merge(party, (long) row.votes(party), Long::sum);
			}
		}
		return new SyntheticExport.Totals(ballot, rows.stream().mapToLong(SyntheticExport.Row::registered).sum(), votes,
				rows.stream().mapToLong(SyntheticExport.Row::valid).sum(),
				rows.stream().mapToLong(SyntheticExport.Row::blank).sum(),
				rows.stream().mapToLong(SyntheticExport.Row::nullVotes).sum(),
				rows.stream().mapToLong(SyntheticExport.Row::emitted).sum(), rows.size(), rows.size());
	}

	private static SyntheticExport.Builder export() {
		return SyntheticExport.builder().mesas(240).seed(11).ballots(EnumSet.allOf(Ballot.class));
	}

	/** The national aggregates and an independent sum over the current tallies both equal the file. */
	private void assertTotalsEqual(Map<Ballot, SyntheticExport.Totals> expected) throws java.sql.SQLException {
		ElectionCatalog election = this.catalogs.current();
		for (Map.Entry<Ballot, SyntheticExport.Totals> entry : expected.entrySet()) {
			Ballot ballot = entry.getKey();
			SyntheticExport.Totals totals = entry.getValue();
			Map<String, Object> aggregate = this.jdbc.sql("""
					SELECT mesas, registered, emitted, valid, blank, null_votes, votes FROM area_total
					WHERE ballot = ? AND level = 'NATIONAL'""").param(ballot.name()).query().singleRow();
			Map<String, Object> tallies = this.jdbc.sql("""
					SELECT count(*) AS mesas, sum(registered) AS registered, sum(emitted) AS emitted, sum(valid) AS valid,
					       sum(blank) AS blank, sum(null_votes) AS null_votes
					FROM tally WHERE ballot = ? AND status = 'CURRENT'""").param(ballot.name()).query().singleRow();
			for (Map<String, Object> sums : List.of(aggregate, tallies)) {
				assertThat(((Number) sums.get("mesas")).longValue()).as(ballot + " mesas").isEqualTo(totals.rows());
				assertThat(((Number) sums.get("registered")).longValue()).as(ballot + " registered")
					.isEqualTo(totals.registered());
				assertThat(((Number) sums.get("emitted")).longValue()).as(ballot + " emitted").isEqualTo(totals.emitted());
				assertThat(((Number) sums.get("valid")).longValue()).as(ballot + " valid").isEqualTo(totals.valid());
				assertThat(((Number) sums.get("blank")).longValue()).as(ballot + " blank").isEqualTo(totals.blank());
				assertThat(((Number) sums.get("null_votes")).longValue()).as(ballot + " null")
					.isEqualTo(totals.nullVotes());
			}
			Long[] votes = (Long[]) ((java.sql.Array) aggregate.get("votes")).getArray();
			for (ElectionCatalog.PartyInfo party : election.partiesOn(ballot)) {
				long fromTallies = this.jdbc
					.sql("SELECT coalesce(sum(votes[?]), 0) FROM tally WHERE ballot = ? AND status = 'CURRENT'")
					.param(party.position())
					.param(ballot.name())
					.query(Long.class)
					.single();
				assertThat(votes[party.position() - 1]).as(ballot + " " + party.code()).isEqualTo(totals.votes(party.code()));
				assertThat(fromTallies).as(ballot + " " + party.code() + " over tallies").isEqualTo(totals.votes(party.code()));
			}
		}
	}

}
