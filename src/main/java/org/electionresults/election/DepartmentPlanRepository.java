package org.electionresults.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentPlanRepository extends JpaRepository<DepartmentPlan, DepartmentPlan.Key> {

	List<DepartmentPlan> findByElectionIdOrderByDepartmentId(Integer electionId);

}
