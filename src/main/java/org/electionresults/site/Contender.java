package org.electionresults.site;

import org.electionresults.election.ElectionCatalog;
import org.jspecify.annotations.Nullable;

/**
 * A presidential ticket as the verdict and the timeline name it.
 *
 * @param code party code
 * @param shortName party short name
 * @param color party colour
 * @param president the candidate for president, or {@code null} if the catalog has no
 * ticket
 * @param slug the candidate page's name, or {@code null}
 */
public record Contender(String code, String shortName, String color, @Nullable String president,
		@Nullable String slug) {

	public static Contender of(String code, ElectionCatalog election) {
		ElectionCatalog.PartyInfo party = election.party(code).orElseThrow();
		ElectionCatalog.TicketInfo ticket = election.ticketOf(code).orElse(null);
		return new Contender(code, party.shortName(), party.color(), (ticket != null) ? ticket.president() : null,
				(ticket != null) ? ticket.slug() : null);
	}

	/** "Luis Arce Catacora (MAS-IPSP)", or the party alone without a ticket. */
	public String label() {
		return (this.president != null) ? this.president + " (" + this.shortName + ")" : this.shortName;
	}

}
