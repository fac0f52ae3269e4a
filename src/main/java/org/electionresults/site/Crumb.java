package org.electionresults.site;

import org.jspecify.annotations.Nullable;

/**
 * One step of a page's breadcrumbs: a place name, or a text of the message bundles.
 *
 * @param name the place's name, or {@code null} for a message
 * @param message the message code, or {@code null} for a place
 * @param href where it links to
 */
public record Crumb(@Nullable String name, @Nullable String message, String href) {

	public static Crumb place(String name, String href) {
		return new Crumb(name, null, href);
	}

	public static Crumb text(String message, String href) {
		return new Crumb(null, message, href);
	}

}
