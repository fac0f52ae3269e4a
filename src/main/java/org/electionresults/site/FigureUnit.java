package org.electionresults.site;

/** What a figure shown on a page is measured in, and so how {@link Figures#in} writes it. */
public enum FigureUnit {

	/** A share in percent: {@code 55,10 %}. */
	PERCENT,
	/** A difference of percentages: {@code 10,57 puntos}. */
	POINTS,
	/** Per 1,000: {@code 12,50 ‰}. */
	PER_MILLE

}
