package org.electionresults.site.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The boundary resources as the maps draw them, without Spring. */
class BoundariesTests {

	private static final Boundaries BOUNDARIES = new Boundaries();

	@Test
	void nineDepartmentsAnd339MunicipalitiesEachWithAShape() {
		assertThat(BOUNDARIES.departments().outlines()).extracting(Outline::key)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
		List<Outline> municipalities = BOUNDARIES.municipalities().outlines();
		assertThat(municipalities).hasSize(339);
		assertThat(municipalities).extracting(Outline::key).doesNotHaveDuplicates().allMatch((key) -> key.matches("32:\\d:\\d{1,2}:\\d{1,2}"));
		assertThat(municipalities).allSatisfy((outline) -> assertThat(outline.path()).as(outline.name()).startsWith("M").endsWith("z"));
	}

	@Test
	void eachDepartmentMapHoldsExactlyItsMunicipalities() {
		Set<String> all = new HashSet<>();
		for (int id = 1; id <= 9; id++) {
			Drawing drawing = BOUNDARIES.municipalitiesOf(id).orElseThrow();
			String prefix = "32:" + id + ":";
			assertThat(drawing.outlines()).extracting(Outline::key).allMatch((key) -> key.startsWith(prefix));
			drawing.outlines().forEach((outline) -> all.add(outline.key()));
			assertThat(drawing.width()).isEqualTo(Boundaries.DEPARTMENT_WIDTH);
		}
		assertThat(all).hasSize(339);
		assertThat(BOUNDARIES.municipalitiesOf(10)).isEmpty();
	}

	@Test
	void theCountryFitsItsViewBoxNorthUp() {
		Drawing country = BOUNDARIES.departments();
		assertThat(country.width()).isEqualTo(Boundaries.COUNTRY_WIDTH);
		// Bolivia spans about 11.6 projected degrees east-west and 13.2 north-south
		assertThat(country.height()).isBetween(700, 760);
		Frame frame = country.frame();
		// Cobija (north-west) is above and left of Yacuiba (south)
		assertThat(frame.yOf(-11.03)).isLessThan(frame.yOf(-22.01));
		assertThat(frame.xOf(-68.77)).isLessThan(frame.xOf(-63.68));
		// every label point lies inside the view box
		assertThat(country.outlines()).allSatisfy((outline) -> {
			assertThat(outline.labelX()).isBetween(0L, (long) country.width());
			assertThat(outline.labelY()).isBetween(0L, (long) country.height());
		});
	}

	@Test
	void simplifiedPathsStayCompact() {
		int total = BOUNDARIES.municipalities().outlines().stream().mapToInt((o) -> o.path().length()).sum();
		// the 339 polygons of /maps: about 60 KB of path data before compression
		assertThat(total).isLessThan(100_000);
	}

}
