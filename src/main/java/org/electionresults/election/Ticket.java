package org.electionresults.election;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.Immutable;

/** A presidential ticket: the party's candidates for president and vice president. */
@Entity
@Immutable
@IdClass(Ticket.Key.class)
public class Ticket {

	@Id
	@Column(name = "election_id")
	private Integer electionId;

	@Id
	@Column(name = "party_code")
	private String partyCode;

	private String slug;

	private String president;

	@Column(name = "vice_president")
	private String vicePresident;

	protected Ticket() {
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getPresident() {
		return this.president;
	}

	public String getVicePresident() {
		return this.vicePresident;
	}

	public record Key(Integer electionId, String partyCode) implements Serializable {

	}

}
