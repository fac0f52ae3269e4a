package org.electionresults.election;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.Immutable;

/** A party or indigenous organisation on the ballot, with its column position in the export. */
@Entity
@Immutable
@IdClass(Party.Key.class)
public class Party {

	@Id
	@Column(name = "election_id")
	private Integer electionId;

	@Id
	private String code;

	private int position;

	private String name;

	@Column(name = "short_name")
	private String shortName;

	private String color;

	private boolean withdrawn;

	@Column(name = "on_president")
	private boolean onPresident;

	@Column(name = "on_uninominal")
	private boolean onUninominal;

	@Column(name = "on_special")
	private boolean onSpecial;

	protected Party() {
	}

	public Integer getElectionId() {
		return this.electionId;
	}

	public String getCode() {
		return this.code;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public String getColor() {
		return this.color;
	}

	public boolean isWithdrawn() {
		return this.withdrawn;
	}

	public Set<Ballot> getBallots() {
		Set<Ballot> ballots = EnumSet.noneOf(Ballot.class);
		if (this.onPresident) {
			ballots.add(Ballot.PRESIDENT);
		}
		if (this.onUninominal) {
			ballots.add(Ballot.UNINOMINAL);
		}
		if (this.onSpecial) {
			ballots.add(Ballot.SPECIAL);
		}
		return ballots;
	}

	public record Key(Integer electionId, String code) implements Serializable {

	}

}
