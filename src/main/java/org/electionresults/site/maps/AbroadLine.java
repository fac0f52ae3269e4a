package org.electionresults.site.maps;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A country abroad in the list beside the municipal map, with the layer's value.
 *
 * @param name the country
 * @param href its page
 * @param leader the leading party's short name, or {@code null}
 * @param leaderColour its colour, or {@code null}
 * @param value the layer's value (the leader's share on the leader layer), or
 * {@code null} when there is none
 */
public record AbroadLine(String name, String href, @Nullable String leader, @Nullable String leaderColour,
		@Nullable BigDecimal value) {

}
