package org.electionresults.election;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.Immutable;

/** A single-member constituency: uninominal (1-63) or special indigenous (1-7). */
@Entity
@Immutable
@IdClass(Constituency.Key.class)
public class Constituency {

	@Id
	@Column(name = "election_id")
	private Integer electionId;

	@Id
	private String kind;

	@Id
	private Integer number;

	@Column(name = "department_id")
	private int departmentId;

	protected Constituency() {
	}

	public String getKind() {
		return this.kind;
	}

	public Integer getNumber() {
		return this.number;
	}

	public int getDepartmentId() {
		return this.departmentId;
	}

	public record Key(Integer electionId, String kind, Integer number) implements Serializable {

	}

}
