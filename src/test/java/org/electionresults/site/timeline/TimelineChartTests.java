package org.electionresults.site.timeline;

import org.electionresults.site.timeline.TimelineChart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The geometry of the count timeline chart. */
class TimelineChartTests {

	@Test
	void uploadsAreEvenlySpacedFromLeftToRight() {
		TimelineChart chart = chart(List.of("47.08", "46.5", "47.1"), List.of("10.57", "9.8", "10.2"));

		assertThat(chart.x(0)).isEqualTo(chart.left());
		assertThat(chart.x(2)).isEqualTo(chart.right());
		assertThat(chart.x(1)).isEqualTo((chart.left() + chart.right()) / 2.0);
	}

	@Test
	void aSinglePointSitsInTheMiddle() {
		TimelineChart chart = chart(List.of("55.1"), List.of("26.27"));

		assertThat(chart.x(0)).isEqualTo((chart.left() + chart.right()) / 2.0);
		assertThat(chart.sharePoints()).hasSize(1);
	}

	@Test
	void percentagesGoUpwardsAndTheScaleLeavesRoomAboveTheHighestPoint() {
		TimelineChart low = chart(List.of("47.08"), List.of("10.57"));
		TimelineChart high = chart(List.of("72.4"), List.of("50"));

		assertThat(low.scaleTop()).isEqualTo(60);
		assertThat(high.scaleTop()).isEqualTo(80);
		assertThat(low.y(0)).isEqualTo(low.bottom());
		assertThat(low.y(50)).isLessThan(low.y(40)).isLessThan(low.y(10));
		assertThat(low.y(low.scaleTop())).isGreaterThan(0);
		assertThat(chart(List.of("100"), List.of("100")).scaleTop()).isEqualTo(100);
	}

	@Test
	void theLinesJoinThePointsInOrder() {
		TimelineChart chart = chart(List.of("40", "50"), List.of("10", "20"));

		assertThat(chart.shareLine()).isEqualTo(chart.x(0) + "," + chart.y(40) + " " + chart.x(1) + "," + chart.y(50));
		assertThat(chart.leadPoints()).extracting(TimelineChart.Point::y).containsExactly(chart.y(10), chart.y(20));
	}

	@Test
	void axisLabelsAreThinnedOutButTheLastUploadIsAlwaysLabelled() {
		List<String> many = Collections.nCopies(25, "50");
		TimelineChart chart = chart(many, many);

		assertThat(chart.xTicks()).hasSizeLessThanOrEqualTo(TimelineChart.MAX_X_LABELS + 1);
		assertThat(chart.xTicks().get(0).value()).isEqualTo(1);
		assertThat(chart.xTicks().get(chart.xTicks().size() - 1).value()).isEqualTo(25);
		assertThat(chart.yTicks()).extracting(TimelineChart.Tick::value).containsExactly(0, 10, 20, 30, 40, 50, 60);
	}

	private static TimelineChart chart(List<String> shares, List<String> leads) {
		return TimelineChart.of(shares.stream().map(BigDecimal::new).toList(),
				leads.stream().map(BigDecimal::new).toList());
	}

}
