package org.electionresults.election;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** One of Bolivia's nine departments. */
@Entity
@Immutable
public class Department {

	@Id
	private Integer id;

	private String name;

	protected Department() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
