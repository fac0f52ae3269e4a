package org.electionresults.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations hold the facts of the 2020 election, as in the reference tables. */
@IntegrationTest
class ReferenceDataTests {

	@Autowired
	ElectionCatalogService catalogs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void electionIsEg2020() {
		ElectionCatalog election = this.catalogs.current();
		assertThat(election.code()).isEqualTo("EG2020");
		assertThat(election.date()).hasToString("2020-10-18");
	}

	@Test
	void nineDepartmentsWithTheirSeatPlan() {
		List<DepartmentPlan> departments = this.catalogs.current().departments();
		assertThat(departments).extracting(DepartmentPlan::name)
			.containsExactly("Chuquisaca", "La Paz", "Cochabamba", "Oruro", "Potosí", "Tarija", "Santa Cruz", "Beni",
					"Pando");
		assertThat(departments).allSatisfy((department) -> assertThat(department.senateSeats()).isEqualTo(4));
		assertThat(departments.stream().mapToInt(DepartmentPlan::senateSeats).sum()).isEqualTo(36);
		int uninominal = departments.stream().mapToInt(DepartmentPlan::uninominalSeats).sum();
		int plurinominal = departments.stream().mapToInt(DepartmentPlan::plurinominalSeats).sum();
		int special = departments.stream().mapToInt(DepartmentPlan::specialSeats).sum();
		assertThat(uninominal).isEqualTo(63);
		assertThat(plurinominal).isEqualTo(60);
		assertThat(special).isEqualTo(7);
		assertThat(uninominal + plurinominal + special).isEqualTo(130);
	}

	@Test
	void constituenciesBelongToTheirDepartments() {
		ElectionCatalog reference = this.catalogs.current();
		assertThat(this.jdbc.sql("SELECT count(*) FROM constituency WHERE kind = 'UNINOMINAL'").query(Long.class).single())
			.isEqualTo(63);
		assertThat(this.jdbc.sql("SELECT count(*) FROM constituency WHERE kind = 'SPECIAL'").query(Long.class).single())
			.isEqualTo(7);
		assertThat(reference.departmentOfUninominal(1)).get().extracting(DepartmentPlan::name)
			.isEqualTo("Chuquisaca");
		assertThat(reference.departmentOfUninominal(20)).get().extracting(DepartmentPlan::name)
			.isEqualTo("Cochabamba");
		assertThat(reference.departmentOfUninominal(63)).get().extracting(DepartmentPlan::name)
			.isEqualTo("Pando");
		assertThat(reference.departmentOfSpecial(5)).get().extracting(DepartmentPlan::name)
			.isEqualTo("Santa Cruz");
		assertThat(reference.departmentOfUninominal(64)).isEmpty();
		// Each department's uninominal range has as many constituencies as it has uninominal seats.
		assertThat(reference.departments()).allSatisfy((department) -> assertThat(
				department.uninominalLast() - department.uninominalFirst() + 1)
			.isEqualTo(department.uninominalSeats()));
	}

	@Test
	void registrationAddsUpToTheRegister() {
		ElectionCatalog election = this.catalogs.current();
		assertThat(election.expectedMesas()).isEqualTo(35_600);
		assertThat(election.expectedRegistered()).isEqualTo(7_332_925);
	}

	@Test
	void partiesInExportOrderAndThreeWithdrawn() {
		ElectionCatalog election = this.catalogs.current();
		assertThat(election.parties()).extracting(ElectionCatalog.PartyInfo::code)
			.containsExactly("CREEMOS", "ADN", "MAS_IPSP", "FPV", "PAN_BOL", "LIBRE_21", "CC", "JUNTOS", "APG", "CPEM_B",
					"CIDOB", "BIA_YUQUI", "CONAMAQ", "OICH", "ORCAWETA", "YAMINAWA");
		assertThat(election.parties()).filteredOn(ElectionCatalog.PartyInfo::withdrawn)
			.extracting(ElectionCatalog.PartyInfo::code)
			.containsExactly("ADN", "LIBRE_21", "JUNTOS");
		assertThat(election.partiesOn(Ballot.PRESIDENT)).hasSize(8);
		assertThat(election.partiesOn(Ballot.SPECIAL)).hasSize(16);
		assertThat(election.ticketOf("MAS_IPSP")).get()
			.extracting(ElectionCatalog.TicketInfo::president)
			.isEqualTo("Luis Arce Catacora");
	}

}
