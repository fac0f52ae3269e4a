package org.electionresults.site.maps;

import java.util.List;

/**
 * The shapes of one map and the frame they were drawn in.
 *
 * @param frame where longitude and latitude land in the view box (for dots)
 * @param outlines the areas, in the boundary data's order
 */
record Drawing(Frame frame, List<Outline> outlines) {

	Drawing {
		outlines = List.copyOf(outlines);
	}

	int width() {
		return this.frame.width();
	}

	int height() {
		return this.frame.height();
	}

}
