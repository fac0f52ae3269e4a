package org.electionresults.site.maps;

/**
 * A municipality created after the boundary data, drawn inside its parent's polygon and
 * listed under the map with its own value.
 *
 * @param area the municipality and its value (no shape of its own)
 * @param parent the name of the municipality whose polygon holds its land
 */
public record DrawnInside(MapArea area, String parent) {

}
