package org.electionresults.site.maps;

import java.util.List;

import org.electionresults.site.FigureUnit;

/**
 * A map of areas, ready for the template: its shapes and values, its legend and what it
 * says in words.
 *
 * @param layer what the areas are shaded by
 * @param party the party of a share or swing layer, its short name; empty otherwise
 * @param width the view box's width
 * @param height the view box's height
 * @param definitions the SVG patterns it uses (made here from reference data, no user
 * text)
 * @param areas the areas
 * @param labels labels written on it
 * @param legend its legend
 * @param leaders for a leader map, how many areas each party leads, most first
 * @param notCounted areas without a value yet
 * @param dots polling stations drawn on it, largest first; empty on area maps
 */
public record AreaMap(MapLayer layer, String party, int width, int height, String definitions, List<MapArea> areas,
		List<MapLabel> labels, List<LegendItem> legend, List<LeaderCount> leaders, int notCounted,
		List<MapDot> dots) {

	public AreaMap {
		areas = List.copyOf(areas);
		labels = List.copyOf(labels);
		legend = List.copyOf(legend);
		leaders = List.copyOf(leaders);
		dots = List.copyOf(dots);
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/** What the areas' values are measured in: the layer's unit. */
	public FigureUnit unit() {
		return this.layer.unit();
	}

	/** What a legend item's bounds are measured in: a range's, the layer's unit; a shade's, percent. */
	public FigureUnit unitOf(LegendItem item) {
		return "range".equals(item.kind()) ? unit() : FigureUnit.PERCENT;
	}

	public int counted() {
		return this.areas.size() - this.notCounted;
	}

}
