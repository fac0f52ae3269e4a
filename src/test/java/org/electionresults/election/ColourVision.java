package org.electionresults.election;

/**
 * How a colour looks to readers with a colour-vision deficiency, and how far apart two colours
 * look: the full-severity simulation matrices of Machado, Oliveira and Fernandes (2009), applied to
 * linear sRGB, and the CIE76 distance in CIELAB (D65). About 20 is "clearly different", under 10
 * "easily confused".
 */
enum ColourVision {

	NORMAL(new double[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }),

	PROTANOPIA(new double[][] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
			{ -0.003882, -0.048116, 1.051998 } }),

	DEUTERANOPIA(new double[][] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
			{ -0.011820, 0.042940, 0.968881 } }),

	TRITANOPIA(new double[][] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
			{ 0.004733, 0.691367, 0.303900 } });

	private final double[][] matrix;

	ColourVision(double[][] matrix) {
		this.matrix = matrix;
	}

	/** The CIE76 distance between two {@code #rrggbb} colours as this reader sees them. */
	double distance(String a, String b) {
		double[] x = lab(simulate(linear(a)));
		double[] y = lab(simulate(linear(b)));
		return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
	}

	/** WCAG contrast ratio of a colour against white. */
	static double contrastOnWhite(String colour) {
		double[] rgb = linear(colour);
		double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
		return 1.05 / (luminance + 0.05);
	}

	private double[] simulate(double[] rgb) {
		double[] out = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = 0;
			for (int j = 0; j < 3; j++) {
				v += this.matrix[i][j] * rgb[j];
			}
			out[i] = Math.max(0, Math.min(1, v));
		}
		return out;
	}

	private static double[] linear(String hex) {
		if (!hex.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("Not a #rrggbb colour: " + hex);
		}
		double[] rgb = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			rgb[i] = (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return rgb;
	}

	private static double[] lab(double[] rgb) {
		double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
		double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
		double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
		return new double[] { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
	}

	private static double f(double t) {
		return (t > 0.008856) ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
	}

}
