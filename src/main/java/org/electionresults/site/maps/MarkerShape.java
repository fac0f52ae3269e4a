package org.electionresults.site.maps;

/**
 * The shape of a polling station's dot by its leader, in ballot order (triangle, circle,
 * diamond, downward triangle, square), so that the leader is read without colour; a
 * station not counted yet is a hollow circle. Paths have one decimal.
 */
enum MarkerShape {

	TRIANGLE, CIRCLE, DIAMOND, TRIANGLE_DOWN, SQUARE;

	static MarkerShape forParty(int index) {
		return values()[index % values().length];
	}

	/** The path of this shape of radius {@code r} centred on {@code (x, y)}. */
	String path(double x, double y, double r) {
		return switch (this) {
			case CIRCLE -> "M" + f(x - r) + " " + f(y) + "a" + f(r) + " " + f(r) + " 0 1 0 " + f(2 * r) + " 0a" + f(r)
					+ " " + f(r) + " 0 1 0 " + f(-2 * r) + " 0z";
			case SQUARE -> {
				double s = r * 0.886;
				yield "M" + f(x - s) + " " + f(y - s) + "h" + f(2 * s) + "v" + f(2 * s) + "h" + f(-2 * s) + "z";
			}
			case DIAMOND -> "M" + f(x) + " " + f(y - r * 1.2) + "l" + f(r * 1.2) + " " + f(r * 1.2) + " " + f(-r * 1.2)
					+ " " + f(r * 1.2) + " " + f(-r * 1.2) + " " + f(-r * 1.2) + "z";
			case TRIANGLE -> "M" + f(x) + " " + f(y - r * 1.3) + "l" + f(r * 1.15) + " " + f(r * 2) + "h"
					+ f(-r * 2.3) + "z";
			case TRIANGLE_DOWN -> "M" + f(x) + " " + f(y + r * 1.3) + "l" + f(r * 1.15) + " " + f(-r * 2) + "h"
					+ f(-r * 2.3) + "z";
		};
	}

	/** One decimal, none when it is 0, without String.format (a department has over a thousand dots). */
	static String f(double value) {
		long tenths = Math.round(value * 10);
		long whole = tenths / 10;
		long tenth = Math.abs(tenths % 10);
		String sign = (tenths < 0 && whole == 0) ? "-" : "";
		return (tenth == 0) ? sign + whole : sign + whole + "." + tenth;
	}

}
