package org.electionresults.election;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** An election whose results the application tracks; its data version moves with every upload. */
@Entity
@Immutable
public class Election {

	@Id
	private Integer id;

	private String code;

	private String name;

	@Column(name = "election_date")
	private LocalDate date;

	@Column(name = "abroad_mesas")
	private int abroadMesas;

	@Column(name = "abroad_registered")
	private int abroadRegistered;

	protected Election() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public int getAbroadMesas() {
		return this.abroadMesas;
	}

	public int getAbroadRegistered() {
		return this.abroadRegistered;
	}

}
