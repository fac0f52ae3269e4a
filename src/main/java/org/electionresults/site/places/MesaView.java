package org.electionresults.site.places;

import org.electionresults.site.Crumb;

import java.util.List;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.Mesa;
import org.electionresults.results.MesaTally;
import org.electionresults.review.FlaggedMesa;
import org.electionresults.review.StationActa;
import org.jspecify.annotations.Nullable;

/**
 * A mesa's page: where it is, and each of its actas with every version uploaded.
 *
 * @param mesa the mesa
 * @param crumbs the way up to its polling station
 * @param actas one per ballot voted at the mesa
 * @param flags the review rules that ask for a look at its presidential acta
 * @param station when a station rule flags it, the current presidential actas of its station
 * (this mesa included), otherwise empty
 * @param running the parties running for president, the columns of {@code station}
 */
public record MesaView(Mesa mesa, List<Crumb> crumbs, List<Acta> actas, List<FlaggedMesa> flags,
		List<StationActa> station, List<ElectionCatalog.PartyInfo> running) {

	public MesaView {
		crumbs = List.copyOf(crumbs);
		actas = List.copyOf(actas);
		flags = List.copyOf(flags);
		station = List.copyOf(station);
		running = List.copyOf(running);
	}

	/**
	 * One ballot's acta at the mesa.
	 *
	 * @param ballot the ballot
	 * @param status counted, withdrawn or pending
	 * @param constituency its uninominal or special constituency, 0 for the presidential
	 * ballot or while unknown
	 * @param versions every version, oldest first
	 * @param rows the acta's lines: registered voters, each party on the ballot, valid,
	 * blank, null and cast votes, with the value of each version
	 */
	public record Acta(Ballot ballot, ActaStatus status, int constituency, List<MesaTally> versions,
			List<ActaRow> rows) {

		public Acta {
			versions = List.copyOf(versions);
			rows = List.copyOf(rows);
		}

		/** The version in the count, or {@code null}. */
		public @Nullable MesaTally current() {
			return this.versions.stream().filter(MesaTally::current).findFirst().orElse(null);
		}

	}

	/**
	 * One line of an acta across its versions.
	 *
	 * @param label a message code for the totals, or {@code null} for a party
	 * @param party the party, or {@code null} for the totals
	 * @param values the line's value in each version, oldest first
	 */
	public record ActaRow(@Nullable String label, ElectionCatalog.@Nullable PartyInfo party, List<Long> values) {

		public ActaRow {
			values = List.copyOf(values);
		}

		/** Whether version {@code index} differs from the one before it. */
		public boolean changedAt(int index) {
			return index > 0 && !this.values.get(index).equals(this.values.get(index - 1));
		}

	}

}
