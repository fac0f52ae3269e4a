package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog.PartyInfo;
import org.electionresults.results.ActaNumbers;

/**
 * The arithmetic of one acta (docs: shared tally-files rules): what makes it wrong, and what makes
 * an accepted acta worth a warning. Plain integer arithmetic on numbers already read; reading cells,
 * their positions and the place checks stay in the reader.
 */
final class ActaChecks {

	private ActaChecks() {
	}

	/** The party votes must add up to VOTO_VALIDO. */
	static Optional<Finding> sumMismatch(long partySum, long valid) {
		return (partySum != valid) ? Finding.of(ProblemCode.SUM_MISMATCH, TallyColumn.VOTO_VALIDO, partySum, valid)
				: Optional.empty();
	}

	/** VOTO_VALIDO + VOTO_BLANCO + VOTO_NULO must equal VOTO_EMITIDO. */
	static Optional<Finding> emittedMismatch(long valid, long blank, long nullVotes, long emitted) {
		long sum = valid + blank + nullVotes;
		return (sum != emitted) ? Finding.of(ProblemCode.EMITTED_MISMATCH, TallyColumn.VOTO_EMITIDO, valid, blank,
				nullVotes, sum, emitted) : Optional.empty();
	}

	/** No more votes cast than registered voters. */
	static Optional<Finding> emittedAboveRegistered(long emitted, long registered) {
		return (emitted > registered)
				? Finding.of(ProblemCode.EMITTED_ABOVE_REGISTERED, TallyColumn.VOTO_EMITIDO, emitted, registered)
				: Optional.empty();
	}

	/**
	 * Warnings on an acta that is accepted: marks for a withdrawn party, no votes cast, turnout above
	 * 99 %, and the system's own totals differing from the written ones.
	 */
	static List<Finding> warnings(Ballot ballot, ActaNumbers acta, List<PartyInfo> parties, long validSystem,
			long emittedSystem) {
		List<Finding> warnings = new ArrayList<>();
		for (PartyInfo party : parties) {
			long votes = acta.votesAt(party.position());
			if (party.withdrawn() && votes > 0 && party.standsOn(ballot)) {
				warnings.add(new Finding(ProblemCode.WITHDRAWN_PARTY_VOTES, party.code(), List.of(votes, party.code())));
			}
		}
		if (acta.emitted() == 0) {
			warnings.add(new Finding(ProblemCode.NO_VOTES_CAST, TallyColumn.VOTO_EMITIDO.name(), List.of()));
		}
		else if (100 * acta.emitted() > 99 * acta.registered()) {
			warnings.add(new Finding(ProblemCode.TURNOUT_ABOVE_99, TallyColumn.VOTO_EMITIDO.name(),
					List.of(acta.emitted(), acta.registered())));
		}
		if (validSystem != acta.valid()) {
			warnings.add(new Finding(ProblemCode.SYSTEM_TOTAL_MISMATCH, TallyColumn.VOTO_VALIDO_SISTEMA.name(),
					List.of(validSystem, acta.valid(), TallyColumn.VOTO_VALIDO.name())));
		}
		if (emittedSystem != acta.emitted()) {
			warnings.add(new Finding(ProblemCode.SYSTEM_TOTAL_MISMATCH, TallyColumn.VOTO_EMITIDO_SISTEMA.name(),
					List.of(emittedSystem, acta.emitted(), TallyColumn.VOTO_EMITIDO.name())));
		}
		return warnings;
	}

	/**
	 * What a check found.
	 *
	 * @param code the problem
	 * @param column the column it is about
	 * @param args the message arguments
	 */
	record Finding(ProblemCode code, String column, List<Object> args) {

		Finding {
			args = List.copyOf(args);
		}

		static Optional<Finding> of(ProblemCode code, TallyColumn column, Object... args) {
			return Optional.of(new Finding(code, column.name(), List.of(args)));
		}

	}

}
