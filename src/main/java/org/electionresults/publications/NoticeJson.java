package org.electionresults.publications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notice in the public and admin APIs.
 *
 * @param id its number
 * @param textEs text in Spanish
 * @param textEn text in English, if given
 * @param postedAt when it was posted
 * @param endedAt when it was ended, {@code null} while active
 * @param active whether it is in force
 */
record NoticeJson(long id, String textEs, @Nullable String textEn, Instant postedAt, @Nullable Instant endedAt,
		boolean active) {

	static NoticeJson of(Notice notice) {
		return new NoticeJson(notice.id(), notice.textEs(), notice.textEn(), notice.postedAt(), notice.endedAt(),
				notice.active());
	}

}
