package org.electionresults.site.maps;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A polling station on a department's map.
 *
 * @param path its marker: size by registered voters, shape by leader
 * @param fill the leader's colour, or {@code none} while not counted (hollow)
 * @param name the station's name
 * @param registered its registered voters
 * @param leader the leader's short name, or {@code null}
 * @param share the leader's share in percent, or {@code null}
 * @param title its tooltip, in the request's language
 */
public record MapDot(String path, String fill, String name, long registered, @Nullable String leader,
		@Nullable BigDecimal share, String title) {

	public boolean counted() {
		return this.leader != null;
	}

}
