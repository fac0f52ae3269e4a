package org.electionresults.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElectionRepository extends JpaRepository<Election, Integer> {

	Optional<Election> findByCode(String code);

}
