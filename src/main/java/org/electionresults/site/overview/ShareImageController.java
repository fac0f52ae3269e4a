package org.electionresults.site.overview;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.electionresults.site.Figures;
import org.electionresults.system.SnapshotReader;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The share image of every public page ({@code og:image}): the presidential result as a PNG, one
 * address per language so that caches keep each, drawn once per data version and language.
 */
@Controller
class ShareImageController {

	static final String PATH = "/share/{language:es|en}/president.png";

	private final OverviewService overviews;

	private final SnapshotReader reads;

	private final MessageSource messages;

	private final Figures figures;

	/** Drawn cards by data version and language; a new version makes the old ones useless. */
	private final Cache<String, byte[]> drawn = Caffeine.newBuilder()
		.maximumSize(8)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	ShareImageController(OverviewService overviews, SnapshotReader reads, MessageSource messages, Figures figures) {
		this.overviews = overviews;
		this.reads = reads;
		this.messages = messages;
		this.figures = figures;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> president(@PathVariable String language) {
		OverviewView overview = this.reads.read(() -> this.overviews.overview());
		Locale locale = Locale.forLanguageTag(language);
		byte[] png = this.drawn.get("v" + overview.count().dataVersion() + "-" + language,
				(key) -> draw(overview, locale));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	private byte[] draw(OverviewView overview, Locale locale) {
		Locale before = LocaleContextHolder.getLocale();
		// Figures formats in the language of the thread: the card's, not the request's.
		LocaleContextHolder.setLocale(locale);
		try {
			boolean counted = overview.count().hasTallies();
			var progress = overview.president().progress();
			String footer = counted ? message("share.footer", locale, this.figures.votes(progress.counted()),
					(progress.expected() != null) ? this.figures.percent(progress.actas()) : "—",
					this.figures.dateTime(overview.count().updatedAt())) : message("app.name", locale);
			ShareCard.Texts texts = new ShareCard.Texts(message("app.election", locale),
					message("pages.overview.heading", locale), message("overview.empty.title", locale), footer);
			return ShareCard.png(texts, counted ? overview.lines() : java.util.List.of(),
					(line) -> this.figures.percent(line.party().share()));
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
