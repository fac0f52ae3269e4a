package org.electionresults.site;

import java.util.ArrayList;
import java.util.List;

import org.electionresults.election.ElectionCatalog;

/**
 * The addresses of the drill-down pages, from the country down to a mesa, and the
 * breadcrumbs that lead to a place: Bolivia by department, abroad by country and city.
 */
public final class PlaceLinks {

	public static final String PLACES = "/departments";

	public static final String ABROAD = "/abroad";

	private PlaceLinks() {
	}

	public static String department(int id) {
		return PLACES + "/" + id;
	}

	public static String country(int countryId) {
		return ABROAD + "/" + countryId;
	}

	/** A department in Bolivia, a city abroad. */
	public static String region(int countryId, int regionId) {
		return (countryId == ElectionCatalog.BOLIVIA) ? department(regionId) : country(countryId) + "/" + regionId;
	}

	public static String municipality(String key) {
		return "/municipalities/" + key;
	}

	public static String station(String key) {
		return "/stations/" + key;
	}

	public static String mesa(int code) {
		return "/mesas/" + code;
	}

	/**
	 * The breadcrumbs down to a region, the region included: the places index, then the
	 * department; or abroad, the country and the city.
	 */
	public static List<Crumb> toRegion(int countryId, String country, int regionId, String region) {
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(Crumb.text("pages.places.title", PLACES));
		if (countryId != ElectionCatalog.BOLIVIA) {
			crumbs.add(Crumb.text("pages.places.abroad", ABROAD));
			crumbs.add(Crumb.place(country, country(countryId)));
		}
		crumbs.add(Crumb.place(region, region(countryId, regionId)));
		return crumbs;
	}

}
