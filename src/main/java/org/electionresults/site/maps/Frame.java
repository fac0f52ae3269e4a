package org.electionresults.site.maps;

import org.locationtech.jts.geom.Envelope;

/**
 * Where projected coordinates land in an SVG view box: the envelope of what a map shows,
 * scaled to a fixed width with a margin, the height following the envelope's shape.
 *
 * @param envelope the projected envelope shown
 * @param scale view-box units per projected unit
 * @param width the view box's width
 * @param height the view box's height
 * @param margin the empty border around the envelope, in view-box units
 */
record Frame(Envelope envelope, double scale, int width, int height, int margin) {

	static Frame fit(Envelope envelope, int width, int margin) {
		double scale = (width - 2.0 * margin) / envelope.getWidth();
		int height = (int) Math.ceil(envelope.getHeight() * scale) + 2 * margin;
		return new Frame(envelope, scale, width, height, margin);
	}

	double x(double projectedX) {
		return this.margin + (projectedX - this.envelope.getMinX()) * this.scale;
	}

	double y(double projectedY) {
		return this.margin + (projectedY - this.envelope.getMinY()) * this.scale;
	}

	/** A point given in longitude and latitude. */
	double xOf(double longitude) {
		return x(Projection.x(longitude));
	}

	double yOf(double latitude) {
		return y(Projection.y(latitude));
	}

}
