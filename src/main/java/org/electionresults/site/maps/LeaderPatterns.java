package org.electionresults.site.maps;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.electionresults.election.ElectionCatalog;

/**
 * The fills of a leader map: one SVG {@code <pattern>} per running party and shade, the
 * party's colour at the opacity of the leader's share class ({@link MapScale#LEADER}) under
 * a hatching of its own (direction, or dots), so that the leader is told apart without
 * colour too. The same hatching marks the party's swatch in the legend and its dots' shape
 * on the station map follows the same order.
 */
final class LeaderPatterns {

	/**
	 * An area with nothing counted: light grey under thin grey hatching, so that it is told apart
	 * from the lightest class of every scale (#eff3ff, #f2f0f7 and the like) without comparing
	 * greys. Its pattern is {@link #NOT_COUNTED_DEFINITION}, on every area map.
	 */
	static final String NOT_COUNTED = "url(#not-counted)";

	static final String NOT_COUNTED_DEFINITION = "<pattern id=\"not-counted\" patternUnits=\"userSpaceOnUse\" "
			+ "width=\"5\" height=\"5\" patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#f4f4f4\"/>"
			+ "<path d=\"M2.5 0V5\" stroke=\"#8a929b\" stroke-width=\".9\"/></pattern>";

	/** The plain background of the areas under a station map's dots. */
	static final String BACKGROUND = "#f0f0f0";

	static final String TIE = "url(#tie)";

	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	/** Hatching per party, in ballot order: rotations of a line, then dots and a cross. */
	private static final List<String> HATCHES = List.of("45", "-45", "0", "90", "dots", "cross");

	private final List<ElectionCatalog.PartyInfo> parties;

	LeaderPatterns(List<ElectionCatalog.PartyInfo> running) {
		this.parties = List.copyOf(running);
	}

	List<ElectionCatalog.PartyInfo> parties() {
		return this.parties;
	}

	/** The fill of an area led by {@code party} with a share in class {@code level}. */
	String fill(String party, int level) {
		return "url(#" + id(party, level) + ")";
	}

	/** The definitions of every party's patterns and the tie pattern. */
	String definitions(String prefix) {
		StringBuilder defs = new StringBuilder(4096);
		for (int index = 0; index < this.parties.size(); index++) {
			ElectionCatalog.PartyInfo party = this.parties.get(index);
			String colour = COLOUR.matcher(party.color()).matches() ? party.color() : "#777777";
			for (int level = 0; level < MapScale.LEADER.colours().size(); level++) {
				pattern(defs, prefix + id(party.code(), level), colour, MapScale.LEADER.colour(level),
						HATCHES.get(index % HATCHES.size()));
			}
		}
		pattern(defs, prefix + "tie", "#9e9e9e", "0.6", "cross");
		return defs.toString();
	}

	private String id(String party, int level) {
		return "l" + index(party) + "-" + level;
	}

	int index(String party) {
		for (int i = 0; i < this.parties.size(); i++) {
			if (this.parties.get(i).code().equals(party)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Not a running party: " + party);
	}

	private static void pattern(StringBuilder defs, String id, String colour, String opacity, String hatch) {
		boolean line = !hatch.equals("dots") && !hatch.equals("cross");
		defs.append("<pattern id=\"")
			.append(id)
			.append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"");
		if (line) {
			defs.append(" patternTransform=\"rotate(").append(hatch).append(")\"");
		}
		defs.append("><rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"6\" height=\"6\" fill=\"")
			.append(colour.toLowerCase(Locale.ROOT))
			.append("\" fill-opacity=\"")
			.append(opacity)
			.append("\"/>");
		switch (hatch) {
			case "dots" -> defs.append("<circle cx=\"3\" cy=\"3\" r=\"1.1\" fill=\"#000\" fill-opacity=\".4\"/>");
			case "cross" -> defs.append("<path d=\"M0 3H6M3 0V6\" stroke=\"#000\" stroke-opacity=\".35\"/>");
			default -> defs.append("<path d=\"M3 0V6\" stroke=\"#000\" stroke-opacity=\".35\" stroke-width=\"1.2\"/>");
		}
		defs.append("</pattern>");
	}

}
