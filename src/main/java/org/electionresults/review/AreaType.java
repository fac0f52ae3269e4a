package org.electionresults.review;

/**
 * The area type of a polling station, from the reference list of 2020 stations (V5), and
 * {@code UNLISTED} for mesas whose station is not in that list.
 */
public enum AreaType {

	METROPOL("metropol"), PERIURBANO("periurbano"), RURALCONECT("ruralconect"), RURALAISLADO("ruralaislado"),
	DESCONOCIDO("desconocido"), EXTERIOR("exterior"), UNLISTED("unlisted");

	private final String code;

	AreaType(String code) {
		this.code = code;
	}

	/** The code in the reference data and the API. */
	public String code() {
		return this.code;
	}

	public static AreaType of(String code) {
		for (AreaType type : values()) {
			if (type.code.equals(code)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown area type " + code);
	}

}
