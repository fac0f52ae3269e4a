package org.electionresults.site.maps;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The SVG path of a projected polygon or multipolygon in a frame: whole view-box units,
 * each ring an absolute move then relative lines (short, and well compressed), points that
 * round onto the previous one dropped, every ring closed. Rounding is done on the absolute
 * coordinates, so relative steps do not drift.
 */
final class SvgPath {

	private SvgPath() {
	}

	static String of(Geometry geometry, Frame frame) {
		StringBuilder d = new StringBuilder(geometry.getNumPoints() * 6);
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Polygon polygon = (Polygon) geometry.getGeometryN(i);
			ring(polygon.getExteriorRing(), frame, d);
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				ring(polygon.getInteriorRingN(h), frame, d);
			}
		}
		return d.toString();
	}

	private static void ring(LineString ring, Frame frame, StringBuilder d) {
		Coordinate[] points = ring.getCoordinates();
		long lastX = 0;
		long lastY = 0;
		int written = 0;
		int start = d.length();
		for (Coordinate point : points) {
			long x = Math.round(frame.x(point.x));
			long y = Math.round(frame.y(point.y));
			if (written == 0) {
				d.append('M').append(x).append(' ').append(y);
			}
			else if (x != lastX || y != lastY) {
				d.append((written == 1) ? "l" : " ").append(x - lastX).append(' ').append(y - lastY);
			}
			else {
				continue;
			}
			lastX = x;
			lastY = y;
			written++;
		}
		if (written < 3) {
			// a ring smaller than a unit of the view box: nothing to draw
			d.setLength(start);
			return;
		}
		d.append('z');
	}

}
