package org.electionresults.review;

import org.jspecify.annotations.Nullable;

/**
 * A flag with the mesa it is on and where that mesa is.
 *
 * @param mesaCode the mesa code
 * @param number its number in its polling station
 * @param rule the rule
 * @param party the party's export code for the party rules, otherwise {@code null}
 * @param partyName its short name, or {@code null}
 * @param value the mesa's figure (see {@link Flag})
 * @param base what it is a share of
 * @param median the median of the station's other mesas, for the station rules
 * @param countryId country id, 32 for Bolivia
 * @param country country
 * @param regionId department in Bolivia, city or region abroad
 * @param region its name
 * @param municipalityKey the municipality's area key
 * @param municipality the municipality
 * @param stationKey the polling station's key, {@code locality:station}
 * @param station the polling station
 */
public record FlaggedMesa(int mesaCode, int number, ReviewRule rule, @Nullable String party,
		@Nullable String partyName, long value, long base,
		@Nullable Ratio median, int countryId, String country, int regionId, String region, String municipalityKey,
		String municipality, String stationKey, String station) {

	/** The mesa's figure as a share of its base. */
	public Ratio share() {
		return Ratio.of(this.value, Math.max(1, this.base));
	}

	public boolean abroad() {
		return this.countryId != org.electionresults.election.ElectionCatalog.BOLIVIA;
	}

}
