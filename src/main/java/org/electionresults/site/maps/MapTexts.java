package org.electionresults.site.maps;

import java.math.BigDecimal;

import org.electionresults.site.FigureUnit;
import org.electionresults.site.Figures;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The tooltip of each shape and dot, in the request's language. Written here rather than
 * in the template: a map has hundreds of them, and one message lookup in Java costs a
 * fraction of the expressions the template would evaluate for it.
 */
@Component
class MapTexts {

	private final MessageSource messages;

	private final Figures figures;

	MapTexts(MessageSource messages, Figures figures) {
		this.messages = messages;
		this.figures = figures;
	}

	/** "Sucre: CC, 62,80 %", "Sucre: 12,14 puntos", "Sucre: sin actas computadas". */
	String area(MapArea area, FigureUnit unit) {
		String title;
		if (!area.counted()) {
			title = message("maps.area.none", area.name());
		}
		else if (area.tied()) {
			title = message("maps.area.tie", area.name());
		}
		else if (area.leader() != null) {
			title = message("maps.area.leader", area.name(), area.leader(), value(area.value(), FigureUnit.PERCENT));
		}
		else {
			title = message("maps.area.value", area.name(), value(area.value(), unit));
		}
		if (area.includes() != null) {
			title = title + " " + message("maps.area.includes", area.includes());
		}
		return title;
	}

	String station(String name, long registered, @Nullable String leader, @Nullable BigDecimal share) {
		if (leader == null || share == null) {
			return message("maps.station.none", name, this.figures.votes(registered));
		}
		return message("maps.station.counted", name, this.figures.votes(registered), leader,
				this.figures.percent(share));
	}

	private String value(@Nullable BigDecimal value, FigureUnit unit) {
		if (value == null) {
			return "";
		}
		return this.figures.in(value, unit);
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
