package org.electionresults.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentPlanRepository extends JpaRepository<DepartmentPlanEntity, DepartmentPlanEntity.Key> {

	List<DepartmentPlanEntity> findByElectionIdOrderByDepartmentId(Integer electionId);

}
