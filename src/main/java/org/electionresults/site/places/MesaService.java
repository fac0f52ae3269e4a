package org.electionresults.site.places;

import org.electionresults.results.AreaNotFoundException;

import org.electionresults.site.Crumb;
import org.electionresults.site.PlaceLinks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.ActaNumbers;
import org.electionresults.results.Mesa;
import org.electionresults.results.MesaTally;
import org.electionresults.results.ResultsService;
import org.electionresults.review.FlaggedMesa;
import org.electionresults.review.ReviewService;
import org.electionresults.review.StationActa;

import org.springframework.stereotype.Service;

/** A mesa's page: its actas as uploaded, version by version. */
@Service
class MesaService {

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	private final ReviewService reviews;

	MesaService(ElectionCatalogService catalogs, ResultsService results, ReviewService reviews) {
		this.catalogs = catalogs;
		this.results = results;
		this.reviews = reviews;
	}

	MesaView mesa(int code) {
		Mesa mesa = this.results.mesa(code).orElseThrow(() -> new AreaNotFoundException("mesa " + code));
		List<Crumb> crumbs = new ArrayList<>(
				PlaceLinks.toRegion(mesa.countryId(), mesa.country(), mesa.regionId(), mesa.region()));
		crumbs.add(Crumb.place(mesa.municipality(), PlaceLinks.municipality(mesa.municipalityKey())));
		crumbs.add(Crumb.place(mesa.station(), PlaceLinks.station(mesa.stationKey())));
		List<MesaView.Acta> actas = new ArrayList<>();
		for (Ballot ballot : Ballot.values()) {
			List<MesaTally> versions = new ArrayList<>(mesa.history(ballot));
			// Abroad only the presidential ballot is cast; the special one only where a
			// special
			// constituency is, which the mesa's own actas tell.
			boolean voted = ballot == Ballot.PRESIDENT || (ballot == Ballot.UNINOMINAL && !mesa.abroad())
					|| !versions.isEmpty();
			if (voted) {
				versions.sort(Comparator.comparingInt(MesaTally::version));
				actas.add(new MesaView.Acta(ballot, ActaStatus.of(versions),
						versions.isEmpty() ? 0 : versions.get(versions.size() - 1).constituency(), versions,
						rows(ballot, versions)));
			}
		}
		List<FlaggedMesa> flags = this.reviews.flagsOf(code);
		boolean stationRule = flags.stream().anyMatch((flag) -> flag.rule().station());
		List<StationActa> station = stationRule ? this.reviews.station(mesa.localityId(), mesa.stationId()) : List.of();
		return new MesaView(mesa, crumbs, actas, flags, station, this.catalogs.current().runningOn(Ballot.PRESIDENT));
	}

	private List<MesaView.ActaRow> rows(Ballot ballot, List<MesaTally> versions) {
		if (versions.isEmpty()) {
			return List.of();
		}
		ElectionCatalog election = this.catalogs.current();
		List<MesaView.ActaRow> rows = new ArrayList<>();
		rows.add(total("pages.acta.registered", versions, ActaNumbers::registered));
		for (ElectionCatalog.PartyInfo party : election.partiesOn(ballot)) {
			rows.add(new MesaView.ActaRow(null, party,
					versions.stream().map((tally) -> tally.numbers().votesAt(party.position())).toList()));
		}
		rows.add(total("pages.acta.valid", versions, ActaNumbers::valid));
		rows.add(total("pages.acta.blank", versions, ActaNumbers::blank));
		rows.add(total("pages.acta.null", versions, ActaNumbers::nullVotes));
		rows.add(total("pages.acta.emitted", versions, ActaNumbers::emitted));
		return rows;
	}

	private static MesaView.ActaRow total(String label, List<MesaTally> versions, ToLongFunction<ActaNumbers> value) {
		return new MesaView.ActaRow(label, null,
				versions.stream().map((tally) -> value.applyAsLong(tally.numbers())).toList());
	}

}
