package org.electionresults.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConstituencyRepository extends JpaRepository<Constituency, Constituency.Key> {

	List<Constituency> findByElectionIdOrderByKindAscNumberAsc(Integer electionId);

}
