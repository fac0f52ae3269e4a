package org.electionresults.site.maps;

/**
 * An area's shape in one map, ready to draw.
 *
 * @param key the area's key: a department's id, or a municipality's
 * {@code 32:department:province:section}
 * @param name the area's name in the boundary data
 * @param path the SVG path in the map's view box
 * @param labelX where a label sits inside the area
 * @param labelY where a label sits inside the area
 */
record Outline(String key, String name, String path, long labelX, long labelY) {

	/** The key as an SVG id fragment: {@code 32:3:13:1} becomes {@code 32-3-13-1}. */
	String idPart() {
		return this.key.replace(':', '-');
	}

}
