package org.electionresults.site.timeline;

import org.electionresults.site.Contender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.electionresults.results.FirstRoundOutcome;
import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

/**
 * How the presidential count moved as uploads landed.
 *
 * @param points one per upload that changed the count, oldest first
 * @param chart the chart of the leader's share and lead
 */
public record TimelineView(List<Point> points, TimelineChart chart) {

	public TimelineView {
		points = List.copyOf(points);
	}

	public @Nullable Point last() {
		return this.points.isEmpty() ? null : this.points.get(this.points.size() - 1);
	}

	/**
	 * The count after one upload.
	 *
	 * @param number 1 for the first upload that changed the count
	 * @param recordedAt when it landed
	 * @param actas actas counted of those expected
	 * @param leader the ticket with most votes, or {@code null} without valid votes
	 * @param tieForFirst whether another ticket has as many votes
	 * @param runnerUp the second ticket, or {@code null}
	 * @param leaderShare the leader's share of the valid votes, in percent
	 * @param lead the lead over the second, in points (difference of the rounded shares)
	 * @param outcome what the first-round rule gives on that count
	 */
	public record Point(int number, Instant recordedAt, Share actas, @Nullable Contender leader, boolean tieForFirst,
			@Nullable Contender runnerUp, BigDecimal leaderShare, BigDecimal lead, FirstRoundOutcome outcome) {

	}

}
