package org.electionresults;


import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Predicate;

import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;
import org.electionresults.ingest.UploadStatus;

/**
 * The generated count the page tests load: 300 mesas of every ballot, in Bolivia and
 * abroad.
 */
public final class CountFixture {

	private CountFixture() {
	}

	/**
	 * The standard export; narrow it with the builder for partial counts or corrections.
	 */
	public static SyntheticExport.Builder export() {
		return SyntheticExport.builder().mesas(300).seed(5).ballots(EnumSet.allOf(Ballot.class));
	}

	/** Writes an export to {@code dir}, uploads it, and returns what the file held. */
	public static Map<Ballot, SyntheticExport.Totals> upload(UploadService uploads, Path dir, String name,
			SyntheticExport export) {
		UploadFiles.Written file = UploadFiles.write(dir, name, export);
		UploadReport report = uploads.ingest(UploadFiles.attempt(file.file(), false));
		if (report.status() != UploadStatus.COMMITTED) {
			throw new IllegalStateException("The test file was not committed: " + report);
		}
		return file.totals();
	}

	/** The votes of a party on a ballot in the file's rows of the mesas that match. */
	public static long votes(SyntheticExport export, Ballot ballot, String party,
			Predicate<SyntheticExport.Mesa> where) {
		return export.rows()
			.filter((row) -> row.ballot() == ballot && where.test(row.mesa()))
			.mapToLong((row) -> row.votes(party))
			.sum();
	}

	/**
	 * The valid votes for the running parties on a ballot in the rows of the mesas that
	 * match.
	 */
	public static long valid(SyntheticExport export, Ballot ballot, Predicate<SyntheticExport.Mesa> where) {
		return export.rows()
			.filter((row) -> row.ballot() == ballot && where.test(row.mesa()))
			.mapToLong((row) -> row.valid() - SyntheticExport.WITHDRAWN.stream().mapToLong(row::votes).sum())
			.sum();
	}

	/** Uploads the standard export. */
	public static Map<Ballot, SyntheticExport.Totals> upload(UploadService uploads, Path dir) {
		return upload(uploads, dir, "count.csv", export().build());
	}

	public static boolean inDepartment(SyntheticExport.Mesa mesa, int department) {
		return !mesa.abroad() && mesa.departmentId() == department;
	}

}
