package org.electionresults.results;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.electionresults.election.ElectionCatalog;

/**
 * The key of an area at one level, as stored in {@code area_total} and used in addresses: the ids
 * of the export that identify it, joined by {@code :}. Country: its ID_PAIS ({@code 32} is
 * Bolivia); region: {@code country:region} (a department in Bolivia, a city or region abroad);
 * province: {@code country:region:province}; municipality {@code country:region:province:section};
 * polling station {@code locality:station} (the export numbers stations within a locality); a mesa
 * by its code; constituencies by number; the nation and "abroad" have the empty key. The one place
 * that knows this format; {@link #parse} validates text from outside.
 *
 * @param level the level
 * @param ids the ids, as many as the level has, none negative
 */
public record AreaKey(AreaLevel level, List<Integer> ids) {

	public static final String SEPARATOR = ":";

	public AreaKey {
		ids = List.copyOf(ids);
		if (ids.size() != size(level) || ids.stream().anyMatch((id) -> id < 0)) {
			throw new IllegalArgumentException("Not a key of a " + level + ": " + ids);
		}
	}

	public static AreaKey national() {
		return new AreaKey(AreaLevel.NATIONAL, List.of());
	}

	public static AreaKey abroad() {
		return new AreaKey(AreaLevel.ABROAD, List.of());
	}

	public static AreaKey country(int country) {
		return new AreaKey(AreaLevel.COUNTRY, List.of(country));
	}

	public static AreaKey region(int country, int region) {
		return new AreaKey(AreaLevel.REGION, List.of(country, region));
	}

	/** A department of Bolivia. */
	public static AreaKey department(int department) {
		return region(ElectionCatalog.BOLIVIA, department);
	}

	public static AreaKey province(int country, int region, int province) {
		return new AreaKey(AreaLevel.PROVINCE, List.of(country, region, province));
	}

	public static AreaKey municipality(int country, int region, int province, int section) {
		return new AreaKey(AreaLevel.MUNICIPALITY, List.of(country, region, province, section));
	}

	public static AreaKey station(int locality, int station) {
		return new AreaKey(AreaLevel.STATION, List.of(locality, station));
	}

	public static AreaKey constituency(AreaLevel level, int number) {
		return new AreaKey(level, List.of(number));
	}

	/** The key of an area at a level from its text, or empty when the text is not one. */
	public static Optional<AreaKey> parse(AreaLevel level, String text) {
		List<String> parts = text.isEmpty() ? List.of() : List.of(text.split(SEPARATOR, -1));
		if (parts.size() != size(level)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AreaKey(level, parts.stream().map(AreaKey::id).toList()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The key as text, as stored and as used in addresses. */
	public String value() {
		return this.ids.stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR));
	}

	/** The id at a position of the key (0 = first). */
	public int id(int index) {
		return this.ids.get(index);
	}

	/** For a country, region, province or municipality: whether it is in Bolivia. */
	public boolean inBolivia() {
		return switch (this.level) {
			case NATIONAL -> true;
			case COUNTRY, REGION, PROVINCE, MUNICIPALITY -> id(0) == ElectionCatalog.BOLIVIA;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.level + " " + value();
	}

	private static int id(String part) {
		// Digits only: no sign, no spaces, no leading "+", no overflow.
		if (part.isEmpty() || part.length() > 9 || !part.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException(part);
		}
		return Integer.parseInt(part);
	}

	private static int size(AreaLevel level) {
		return switch (level) {
			case NATIONAL, ABROAD -> 0;
			case COUNTRY, MESA, UNINOMINAL, SPECIAL -> 1;
			case REGION, STATION -> 2;
			case PROVINCE -> 3;
			case MUNICIPALITY -> 4;
		};
	}

}
