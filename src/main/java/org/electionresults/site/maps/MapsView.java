package org.electionresults.site.maps;

import java.util.List;

/**
 * The {@code /maps} page: the 339 municipal polygons shaded by one layer, the two
 * municipalities drawn inside their parents, the vote abroad as a list, and the choices of
 * layer.
 *
 * @param map the map
 * @param drawnInside municipalities without a polygon of their own
 * @param abroad countries abroad with a counted acta
 * @param abroadNotCounted countries abroad with polling stations but no counted acta
 * @param parties the parties a share layer can show: code and short name
 * @param swingParties the parties a swing layer can show (those that ran in 2019 too)
 */
public record MapsView(AreaMap map, List<DrawnInside> drawnInside, List<AbroadLine> abroad, int abroadNotCounted,
		List<PartyChoice> parties, List<PartyChoice> swingParties) {

	public MapsView {
		drawnInside = List.copyOf(drawnInside);
		abroad = List.copyOf(abroad);
		parties = List.copyOf(parties);
		swingParties = List.copyOf(swingParties);
	}

	/**
	 * A party a layer can show.
	 *
	 * @param code its code (the query parameter)
	 * @param shortName its short name
	 */
	public record PartyChoice(String code, String shortName) {
	}

}
