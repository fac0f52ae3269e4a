package org.electionresults.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketRepository extends JpaRepository<Ticket, Ticket.Key> {

	List<Ticket> findByElectionId(Integer electionId);

}
