package org.electionresults.site.maps;

import java.util.Locale;
import java.util.Optional;

import org.electionresults.site.FigureUnit;

/** What the municipalities of {@code /maps} are shaded by. */
public enum MapLayer {

	/** The leading party, shaded by its share. */
	LEADER,
	/** A party's share of the valid votes. */
	SHARE,
	/** Votes cast as a share of the registered voters of the counted mesas. */
	TURNOUT,
	/** Actas counted as a share of the mesas expected. */
	COUNTED,
	/** A party's share in 2020 minus its share in 2019, in points. */
	SWING,
	/** Counted mesas with at least one review flag, per 1,000 counted mesas. */
	FLAGS,
	/** Polling stations as dots (a department's page only). */
	STATIONS;

	/** The query-parameter value. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<MapLayer> ofParameter(String value) {
		for (MapLayer layer : values()) {
			if (layer != STATIONS && layer.parameter().equals(value)) {
				return Optional.of(layer);
			}
		}
		return Optional.empty();
	}

	/** What the layer's values are measured in: points for a swing, per mille for review flags. */
	public FigureUnit unit() {
		return switch (this) {
			case SWING -> FigureUnit.POINTS;
			case FLAGS -> FigureUnit.PER_MILLE;
			default -> FigureUnit.PERCENT;
		};
	}

	public boolean needsParty() {
		return this == SHARE || this == SWING;
	}

}
