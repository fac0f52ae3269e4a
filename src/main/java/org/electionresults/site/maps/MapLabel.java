package org.electionresults.site.maps;

import java.math.BigDecimal;

/**
 * A label written on a map: the leader and its share, inside an area.
 *
 * @param x where, in the view box
 * @param y where, in the view box
 * @param text the leader's short name
 * @param value its share, in percent
 */
public record MapLabel(long x, long y, String text, BigDecimal value) {

}
