package org.electionresults.election;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A department's seats and registration in one election. */
@Entity
@Immutable
@Table(name = "department_plan")
@IdClass(DepartmentPlanEntity.Key.class)
class DepartmentPlanEntity {

	@Id
	@Column(name = "election_id")
	private Integer electionId;

	@Id
	@Column(name = "department_id")
	private Integer departmentId;

	@ManyToOne
	@JoinColumn(name = "department_id", insertable = false, updatable = false)
	private Department department;

	@Column(name = "senate_seats")
	private int senateSeats;

	@Column(name = "uninominal_seats")
	private int uninominalSeats;

	@Column(name = "plurinominal_seats")
	private int plurinominalSeats;

	@Column(name = "special_seats")
	private int specialSeats;

	@Column(name = "expected_mesas")
	private int expectedMesas;

	@Column(name = "registered_voters")
	private int registeredVoters;

	protected DepartmentPlanEntity() {
	}

	public Integer getDepartmentId() {
		return this.departmentId;
	}

	public Department getDepartment() {
		return this.department;
	}

	public int getSenateSeats() {
		return this.senateSeats;
	}

	public int getUninominalSeats() {
		return this.uninominalSeats;
	}

	public int getPlurinominalSeats() {
		return this.plurinominalSeats;
	}

	public int getSpecialSeats() {
		return this.specialSeats;
	}

	public int getExpectedMesas() {
		return this.expectedMesas;
	}

	public int getRegisteredVoters() {
		return this.registeredVoters;
	}

	public record Key(Integer electionId, Integer departmentId) implements Serializable {

	}

}
