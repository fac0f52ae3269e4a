package org.electionresults.site.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ProjectionTests {

	@Test
	void longitudeIsScaledByTheCosineOfTheMiddleParallelAndNorthIsUp() {
		assertThat(Projection.x(-65)).isCloseTo(-65 * Math.cos(Math.toRadians(16.5)), within(1e-12));
		assertThat(Projection.y(-10)).isLessThan(Projection.y(-20));
	}

	@Test
	void aFrameFitsTheEnvelopeInsideItsMargin() {
		Frame frame = Frame.fit(new Envelope(0, 10, 0, 20), 110, 5);
		assertThat(frame.x(0)).isEqualTo(5.0);
		assertThat(frame.x(10)).isEqualTo(105.0);
		assertThat(frame.height()).isEqualTo(210);
		assertThat(frame.y(20)).isEqualTo(205.0);
	}

	@Test
	void aPathIsOneAbsoluteMoveThenRelativeWholeStepsPerRing() {
		GeometryFactory factory = new GeometryFactory();
		Polygon square = factory.createPolygon(new Coordinate[] { new Coordinate(0, 0), new Coordinate(10, 0),
				new Coordinate(10.2, 0.1), new Coordinate(10, 10), new Coordinate(0, 10), new Coordinate(0, 0) });
		Frame frame = Frame.fit(new Envelope(0, 10, 0, 10), 12, 1);
		// (10.2, 0.1) lands on (11.2, 1.1), which rounds onto the previous point (11, 1): dropped
		assertThat(SvgPath.of(square, frame)).isEqualTo("M1 1l10 0 0 10 -10 0 0 -10z");
	}

	@Test
	void aRingSmallerThanAUnitIsNotDrawn() {
		GeometryFactory factory = new GeometryFactory();
		Polygon speck = factory.createPolygon(new Coordinate[] { new Coordinate(0, 0), new Coordinate(0.01, 0),
				new Coordinate(0.01, 0.01), new Coordinate(0, 0) });
		assertThat(SvgPath.of(speck, Frame.fit(new Envelope(0, 10, 0, 10), 12, 1))).isEmpty();
	}

}
