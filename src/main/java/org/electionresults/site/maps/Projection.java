package org.electionresults.site.maps;

/**
 * Bolivia's map projection: equirectangular with the longitude scaled by the cosine of
 * 16.5° S, the country's middle parallel. Over Bolivia's 13 degrees of latitude the
 * east-west scale is off by at most 9 % at the northern and southern ends, which a
 * choropleth of administrative areas does not show; the formula needs no library and
 * keeps north up and parallels straight. Output is in degrees of latitude, y growing
 * southwards as in SVG.
 */
final class Projection {

	static final double STANDARD_PARALLEL = -16.5;

	private static final double X_SCALE = Math.cos(Math.toRadians(STANDARD_PARALLEL));

	private Projection() {
	}

	static double x(double longitude) {
		return longitude * X_SCALE;
	}

	static double y(double latitude) {
		return -latitude;
	}

}
