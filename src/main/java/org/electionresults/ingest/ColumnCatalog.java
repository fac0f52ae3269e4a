package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalog.PartyInfo;

/**
 * Every column a tally file of one election may have, numbered by a column id: first the
 * {@link TallyColumn fixed columns} (id = ordinal), then one per party in export order (id =
 * fixed columns + position - 1). Ids let a header be resolved once into an int array, so that
 * rows are read without any map lookup.
 */
final class ColumnCatalog {

	private static final int FIXED = TallyColumn.values().length;

	private final List<PartyInfo> parties;

	private final String[] names;

	private final Map<String, Integer> idsByNormalizedName = new HashMap<>();

	private final Map<Ballot, int[]> partyIdsByBallot = new EnumMap<>(Ballot.class);

	private final int[] organisationIds;

	ColumnCatalog(ElectionCatalog reference) {
		this.parties = reference.parties();
		this.names = new String[FIXED + this.parties.size()];
		for (TallyColumn column : TallyColumn.values()) {
			this.names[column.id()] = column.name();
		}
		for (PartyInfo party : this.parties) {
			this.names[partyId(party)] = party.code();
		}
		for (int id = 0; id < this.names.length; id++) {
			this.idsByNormalizedName.put(HeaderName.normalize(this.names[id]), id);
		}
		for (Ballot ballot : Ballot.values()) {
			this.partyIdsByBallot.put(ballot, this.parties.stream()
				.filter((party) -> party.standsOn(ballot))
				.mapToInt(this::partyId)
				.toArray());
		}
		this.organisationIds = this.parties.stream()
			.filter((party) -> !party.standsOn(Ballot.PRESIDENT) && !party.standsOn(Ballot.UNINOMINAL))
			.mapToInt(this::partyId)
			.toArray();
	}

	int size() {
		return this.names.length;
	}

	/** The export name of a column, as shown in messages. */
	String name(int id) {
		return this.names[id];
	}

	/** The id of the column a header cell names, or -1. */
	int idOf(String headerCell) {
		if (!startsWithLetter(headerCell)) {
			// Data rows start with a number: skip the normalisation cost for them.
			return -1;
		}
		return this.idsByNormalizedName.getOrDefault(HeaderName.normalize(headerCell), -1);
	}

	boolean isColumnName(String cell) {
		return idOf(cell) >= 0;
	}

	boolean isParty(int id) {
		return id >= FIXED;
	}

	List<PartyInfo> parties() {
		return this.parties;
	}

	int partyId(PartyInfo party) {
		return FIXED + party.position() - 1;
	}

	/** Column ids of the parties standing on a ballot, in export order. */
	int[] partyIdsOn(Ballot ballot) {
		return this.partyIdsByBallot.get(ballot);
	}

	/**
	 * Column ids of the parties that stand only on the special ballot (the indigenous
	 * organisations), in export order.
	 */
	int[] organisationIds() {
		return this.organisationIds;
	}

	/**
	 * Column ids every header must have, given which constituency columns it has, in export
	 * order (the party columns come before the VOTO_ totals).
	 */
	List<Integer> requiredIds(boolean uninominalLayout, boolean specialLayout, boolean ballotFromSheet) {
		List<Integer> required = new ArrayList<>();
		for (TallyColumn column : TallyColumn.values()) {
			if (column == TallyColumn.VOTO_VALIDO) {
				addRequiredParties(required, uninominalLayout, specialLayout);
			}
			boolean needed = switch (column) {
				case CANDIDATURA -> !ballotFromSheet;
				case CIRCUNSCRIPCION_UNINOMINAL -> uninominalLayout;
				case CIRCUNSCRIPCION_ESPECIAL -> specialLayout;
				default -> column.required();
			};
			if (needed) {
				required.add(column.id());
			}
		}
		return required;
	}

	private void addRequiredParties(List<Integer> required, boolean uninominalLayout, boolean specialLayout) {
		for (PartyInfo party : this.parties) {
			boolean onUninominalLayout = party.standsOn(Ballot.PRESIDENT) || party.standsOn(Ballot.UNINOMINAL);
			if ((uninominalLayout && onUninominalLayout) || (specialLayout && party.standsOn(Ballot.SPECIAL))) {
				required.add(partyId(party));
			}
		}
	}

	private static boolean startsWithLetter(String cell) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c > ' ' && c != '\uFEFF' && c != '"') {
				return Character.isLetter(c);
			}
		}
		return false;
	}

}
