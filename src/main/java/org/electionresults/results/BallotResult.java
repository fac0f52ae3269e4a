package org.electionresults.results;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;

/**
 * The result of one ballot in one area, with the withdrawn-party rule applied: marks for a party
 * that withdrew are null votes, and the valid votes are those of the parties still running. The raw
 * acta numbers stay as uploaded in {@link AreaTotal}.
 *
 * @param ballot the ballot
 * @param level the area's level
 * @param area the area key
 * @param name the area's name
 * @param registered registered voters of the counted mesas
 * @param emitted votes cast
 * @param valid valid votes: the sum of the running parties
 * @param blank blank votes
 * @param nullVotes null votes, including marks for withdrawn parties
 * @param withdrawnVotes marks for withdrawn parties (already inside {@code nullVotes})
 * @param parties the running parties on this ballot, most votes first
 * @param progress how far the count has come
 */
public record BallotResult(Ballot ballot, AreaLevel level, String area, String name, long registered, long emitted,
		long valid, long blank, long nullVotes, long withdrawnVotes, List<PartyVotes> parties, Progress progress) {

	public BallotResult {
		parties = List.copyOf(parties);
	}

	public static BallotResult of(AreaTotal total, ElectionCatalog election, Progress progress) {
		List<ElectionCatalog.PartyInfo> running = election.runningOn(total.ballot());
		long valid = running.stream().mapToLong((p) -> total.votesAt(p.position())).sum();
		long withdrawn = election.partiesOn(total.ballot())
			.stream()
			.filter(ElectionCatalog.PartyInfo::withdrawn)
			.mapToLong((p) -> total.votesAt(p.position()))
			.sum();
		List<PartyVotes> parties = running.stream()
			.map((p) -> new PartyVotes(p.code(), p.shortName(), p.color(), total.votesAt(p.position()),
					Share.of(total.votesAt(p.position()), valid)))
			.sorted(Comparator.comparingLong(PartyVotes::votes).reversed())
			.toList();
		ActaNumbers sums = total.sums();
		return new BallotResult(total.ballot(), total.level(), total.area(), total.name(), sums.registered(),
				sums.emitted(), valid, sums.blank(), sums.nullVotes() + withdrawn, withdrawn, parties, progress);
	}

	public Share turnout() {
		return Share.of(this.emitted, this.registered);
	}

	/** Valid votes as a share of the votes cast. */
	public Share validShare() {
		return Share.of(this.valid, this.emitted);
	}

	public Share blankShare() {
		return Share.of(this.blank, this.emitted);
	}

	public Share nullShare() {
		return Share.of(this.nullVotes, this.emitted);
	}

	public boolean hasVotes() {
		return this.progress.counted() > 0;
	}

	public Optional<PartyVotes> party(String code) {
		return this.parties.stream().filter((p) -> p.code().equals(code)).findFirst();
	}

	public Instant updatedAt() {
		return this.progress.updatedAt();
	}

}
