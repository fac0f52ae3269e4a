package org.electionresults.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class AreaKeyTests {

	@Test
	void keysAreTheExportIdsJoinedByAColon() {
		assertThat(AreaKey.country(32).value()).isEqualTo("32");
		assertThat(AreaKey.department(5).value()).isEqualTo("32:5");
		assertThat(AreaKey.region(11, 17).value()).isEqualTo("11:17");
		assertThat(AreaKey.municipality(32, 5, 4, 5).value()).isEqualTo("32:5:4:5");
		assertThat(AreaKey.station(1204, 52).value()).isEqualTo("1204:52");
		assertThat(AreaKey.national().value()).isEmpty();
	}

	@Test
	void parsingGivesBackTheKey() {
		AreaKey municipality = AreaKey.municipality(32, 5, 4, 5);
		assertThat(AreaKey.parse(AreaLevel.MUNICIPALITY, "32:5:4:5")).contains(municipality);
		assertThat(AreaKey.parse(AreaLevel.NATIONAL, "")).contains(AreaKey.national());
		assertThat(AreaKey.parse(AreaLevel.REGION, "32:5")).get().extracting((key) -> key.id(1)).isEqualTo(5);
	}

	@Test
	void textThatIsNotAKeyOfTheLevelIsRefused() {
		for (String text : List.of("32:5:4", "32:5:4:5:1", "32:5:4:x", "32:5:4:-5", "32:5:4:+5", "32:5:4: 5",
				"32:5:4:", ":5:4:5", "32::4:5", "32:5:4:5555555555", "")) {
			assertThat(AreaKey.parse(AreaLevel.MUNICIPALITY, text)).as(text).isEmpty();
		}
		assertThat(AreaKey.parse(AreaLevel.NATIONAL, "32")).isEmpty();
	}

	@Test
	void aKeyHasAsManyIdsAsItsLevelAndNoneNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AreaKey(AreaLevel.REGION, List.of(32)));
		assertThatIllegalArgumentException().isThrownBy(() -> AreaKey.station(-1, 3));
	}

	@Test
	void bolivianAreasAreThoseOfCountry32() {
		assertThat(AreaKey.department(1).inBolivia()).isTrue();
		assertThat(AreaKey.region(4, 61).inBolivia()).isFalse();
		assertThat(AreaKey.station(1204, 52).inBolivia()).isFalse();
	}

}
