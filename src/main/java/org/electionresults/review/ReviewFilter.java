package org.electionresults.review;

import org.jspecify.annotations.Nullable;

/**
 * Which flags to list.
 *
 * @param rule one rule, or {@code null} for all
 * @param department a department id ({@code 1}–{@code 9}) or {@code abroad}, or {@code null} for all
 * @param municipality a municipality's area key ({@code 32:2:1:1}), or {@code null} for all
 */
public record ReviewFilter(@Nullable ReviewRule rule, @Nullable String department, @Nullable String municipality) {

	public static final String ABROAD = "abroad";

	public static ReviewFilter all() {
		return new ReviewFilter(null, null, null);
	}

}
