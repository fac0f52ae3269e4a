package org.electionresults.site.places;

import org.electionresults.site.AreaLine;
import org.electionresults.site.Crumb;
import org.electionresults.site.ResultLine;

import java.util.List;

import org.electionresults.comparison.AreaComparison;
import org.electionresults.results.AreaLevel;
import org.electionresults.results.BallotResult;
import org.electionresults.seats.ConstituencyCount;
import org.jspecify.annotations.Nullable;

/**
 * A page of the drill-down: a place's presidential result and the places (or mesas)
 * inside it.
 *
 * @param level the place's level
 * @param name the place's name, or {@code null} when {@code title} names the page
 * @param title a message code naming the page, or {@code null}
 * @param crumbs the way back up, this place excluded
 * @param result the place's presidential result, empty while nothing is counted
 * @param lines the parties' lines of that result
 * @param childrenTitle the message code of the list of places inside, or {@code null}
 * @param children the places inside with a counted acta, by name
 * @param abroad on the places index, the vote abroad; otherwise {@code null}
 * @param mesas at a polling station, its mesas; otherwise empty
 * @param constituencies in a department, its uninominal and special constituencies
 * @param comparison in a department or a municipality of Bolivia, 2019 beside 2020; otherwise
 * {@code null}
 */
public record PlaceView(AreaLevel level, @Nullable String name, @Nullable String title, List<Crumb> crumbs,
		BallotResult result, List<ResultLine> lines, @Nullable String childrenTitle, List<AreaLine> children,
		@Nullable AreaLine abroad, List<MesaLine> mesas, List<ConstituencyCount> constituencies,
		@Nullable AreaComparison comparison) {

	public PlaceView {
		crumbs = List.copyOf(crumbs);
		lines = List.copyOf(lines);
		children = List.copyOf(children);
		mesas = List.copyOf(mesas);
		constituencies = List.copyOf(constituencies);
	}

}
