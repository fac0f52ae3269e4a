package org.electionresults.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The party colours stay apart for readers with protanopia, deuteranopia or tritanopia (simulated,
 * {@link ColourVision}), and the bars they fill stand out from white (WCAG 1.4.11, 3:1). Colour is
 * never the only cue anyway: every chart names its parties.
 */
@IntegrationTest
class PartyPaletteTests {

	/** Below this the two colours of a pair are easy to confuse. */
	static final double DISTINCT = 15;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePresidentialTicketsAreDistinctForEveryKindOfColourVision() {
		Map<String, String> colours = this.jdbc
			.sql("SELECT short_name, color FROM party WHERE on_president AND NOT withdrawn ORDER BY position")
			.query((rs) -> {
				Map<String, String> map = new java.util.LinkedHashMap<>();
				while (rs.next()) {
					map.put(rs.getString(1), rs.getString(2));
				}
				return map;
			});
		assertThat(colours).hasSize(5);
		List<String> tooClose = new ArrayList<>();
		List<String> names = List.copyOf(colours.keySet());
		for (ColourVision vision : ColourVision.values()) {
			for (int i = 0; i < names.size(); i++) {
				for (int j = i + 1; j < names.size(); j++) {
					double distance = vision.distance(colours.get(names.get(i)), colours.get(names.get(j)));
					if (distance < DISTINCT) {
						tooClose.add(vision + ": " + names.get(i) + " / " + names.get(j) + " " + Math.round(distance));
					}
				}
			}
		}
		assertThat(tooClose).isEmpty();
		colours.forEach((party, colour) -> assertThat(ColourVision.contrastOnWhite(colour)).as(party)
			.isGreaterThanOrEqualTo(3.0));
	}

	@Test
	void theSimulationKnowsTheClassicConfusions() {
		// red and green: far apart normally, close without L or M cones
		assertThat(ColourVision.NORMAL.distance("#D62728", "#2CA02C")).isGreaterThan(80);
		assertThat(ColourVision.DEUTERANOPIA.distance("#D62728", "#2CA02C"))
			.isLessThan(ColourVision.NORMAL.distance("#D62728", "#2CA02C") / 2);
		// the old PAN-BOL purple next to MAS-IPSP's blue
		assertThat(ColourVision.PROTANOPIA.distance("#6A3D9A", "#1F4E9E")).isLessThan(5);
		assertThat(ColourVision.NORMAL.distance("#123456", "#123456")).isZero();
		assertThat(ColourVision.contrastOnWhite("#FFFFFF")).isCloseTo(1.0, within(1e-9));
		assertThat(ColourVision.contrastOnWhite("#000000")).isCloseTo(21.0, within(1e-9));
		assertThatIllegalArgumentException().isThrownBy(() -> ColourVision.NORMAL.distance("red", "#000000"));
	}

}
