package org.electionresults.site.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.electionresults.results.Share;
import org.junit.jupiter.api.Test;

class MapScaleTests {

	@Test
	void aShareFallsInTheClassOfTheBoundsBelowIt() {
		assertThat(MapScale.SHARE.classOf(Share.of(0, 100))).isZero();
		assertThat(MapScale.SHARE.classOf(Share.of(19, 100))).isZero();
		assertThat(MapScale.SHARE.classOf(Share.of(20, 100))).isEqualTo(1);
		assertThat(MapScale.SHARE.classOf(Share.of(79, 100))).isEqualTo(3);
		assertThat(MapScale.SHARE.classOf(Share.of(100, 100))).isEqualTo(4);
	}

	@Test
	void boundsAreComparedExactlyNotAfterRounding() {
		// 39.999 % rounds to 40.00 % but is below 40
		assertThat(MapScale.LEADER.classOf(Share.of(39_999, 100_000))).isZero();
		assertThat(MapScale.LEADER.classOf(Share.of(40_000, 100_000))).isEqualTo(1);
		// all actas counted, and one short of it
		assertThat(MapScale.COUNTED.classOf(Share.of(857, 857))).isEqualTo(4);
		assertThat(MapScale.COUNTED.classOf(Share.of(856, 857))).isEqualTo(3);
	}

	@Test
	void swingsUseTheDivergingScale() {
		assertThat(MapScale.SWING.classOf(Swing.of(0, 100, 20, 100))).isZero();
		assertThat(MapScale.SWING.classOf(Swing.of(10, 100, 10, 100))).isEqualTo(3);
		assertThat(MapScale.SWING.classOf(Swing.of(30, 100, 20, 100))).isEqualTo(5);
		assertThat(MapScale.SWING.colours()).hasSize(6);
	}

	@Test
	void theLegendHasOneEntryPerClassOpenAtBothEnds() {
		var legend = MapScale.SHARE.legend();
		assertThat(legend).hasSize(5);
		assertThat(legend.get(0).from()).isNull();
		assertThat(legend.get(0).to()).isEqualByComparingTo(BigDecimal.valueOf(20));
		assertThat(legend.get(2).from()).isEqualByComparingTo(BigDecimal.valueOf(40));
		assertThat(legend.get(4).to()).isNull();
		assertThat(legend).extracting(LegendItem::fill).containsExactlyElementsOf(MapScale.SHARE.colours());
	}

}
