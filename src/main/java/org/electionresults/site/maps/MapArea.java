package org.electionresults.site.maps;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One area drawn on a map.
 *
 * @param id the SVG id of its shape, from its key ({@code m-32-3-13-1}, {@code d-3})
 * @param key the area's key
 * @param name the area's name
 * @param href its page, or {@code null} while it has none
 * @param path its SVG path
 * @param fill its fill: a colour, or a pattern reference
 * @param counted whether it has a value yet
 * @param leader the leading party's short name on a leader map, or {@code null}
 * @param tied whether two or more parties share the lead
 * @param value the value shown: the leader's share or the layer's percentage or points
 * @param includes the name of a municipality drawn inside this polygon, or {@code null}
 * @param title its tooltip, in the request's language (empty until written)
 */
public record MapArea(String id, String key, String name, @Nullable String href, String path, String fill,
		boolean counted, @Nullable String leader, boolean tied, @Nullable BigDecimal value,
		@Nullable String includes, String title) {

	MapArea including(@Nullable String municipality) {
		return new MapArea(this.id, this.key, this.name, this.href, this.path, this.fill, this.counted, this.leader,
				this.tied, this.value, municipality, this.title);
	}

	MapArea titled(String text) {
		return new MapArea(this.id, this.key, this.name, this.href, this.path, this.fill, this.counted, this.leader,
				this.tied, this.value, this.includes, text);
	}

}
