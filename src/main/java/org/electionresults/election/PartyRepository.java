package org.electionresults.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Party.Key> {

	List<Party> findByElectionIdOrderByPosition(Integer electionId);

}
