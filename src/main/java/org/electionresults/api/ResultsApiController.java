package org.electionresults.api;

import org.electionresults.results.AreaKey;

import org.electionresults.results.AreaNotFoundException;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.AreaLevel;
import org.electionresults.results.BallotResult;
import org.electionresults.results.ResultsService;
import org.electionresults.seats.SeatsService;

import org.electionresults.system.SnapshotReader;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only results API (see docs/api.md). */
@RestController
@RequestMapping("/api/results")
@Tag(name = "Results", description = "Results of the count, in one snapshot of it")
class ResultsApiController {

	private final ResultsService results;

	private final SeatsService seats;

	private final MessageSource messages;

	private final SnapshotReader reads;

	ResultsApiController(ResultsService results, SeatsService seats, MessageSource messages, SnapshotReader reads) {
		this.results = results;
		this.seats = seats;
		this.messages = messages;
		this.reads = reads;
	}

	@GetMapping("/president")
	@Operation(summary = "Presidential result",
			description = "National (with the first-round verdict) by default; or of one department, country "
					+ "abroad, municipality or mesa. 404 when the area has no result.")
	ResultJson president(
			@Parameter(description = "department id, 1 Chuquisaca .. 9 Pando") @RequestParam(required = false) Integer department,
			@Parameter(description = "country id of the export (abroad)") @RequestParam(required = false) Integer country,
			@Parameter(description = "municipality key, `country:department:province:section`") @RequestParam(required = false) String municipality,
			@Parameter(description = "mesa code (CODIGO_MESA)") @RequestParam(required = false) Integer mesa,
			@Parameter(hidden = true) Locale locale) {
		return this.reads.read(() -> presidentResult(department, country, municipality, mesa, locale));
	}

	private ResultJson presidentResult(Integer department, Integer country, String municipality, Integer mesa,
			Locale locale) {
		if (mesa != null) {
			BallotResult result = this.results.mesa(mesa)
				.flatMap((found) -> this.results.mesaResult(found, Ballot.PRESIDENT))
				.orElseThrow(() -> new AreaNotFoundException("mesa " + mesa));
			return ResultJson.of(result, null, null);
		}
		if (department != null) {
			return ResultJson.of(area(Ballot.PRESIDENT, AreaLevel.REGION,
					AreaKey.department(department).value()), null, null);
		}
		if (country != null) {
			return ResultJson.of(area(Ballot.PRESIDENT, AreaLevel.COUNTRY, AreaKey.country(country).value()), null, null);
		}
		if (municipality != null) {
			return ResultJson.of(area(Ballot.PRESIDENT, AreaLevel.MUNICIPALITY, municipality), null, null);
		}
		BallotResult national = this.results.national(Ballot.PRESIDENT);
		return ResultJson.of(national, FirstRoundJson.of(this.results.firstRound(national), this.messages, locale),
				null);
	}

	@GetMapping("/deputies-uninominal")
	@Operation(summary = "Uninominal deputies: national totals or one constituency with its winner")
	ResultJson uninominal(@Parameter(description = "uninominal constituency, 1..63") @RequestParam(required = false) Integer constituency) {
		return this.reads.read(() -> constituencyResult(Ballot.UNINOMINAL, AreaLevel.UNINOMINAL, constituency));
	}

	@GetMapping("/deputies-special")
	@Operation(summary = "Special (indigenous) deputies: national totals or one constituency with its winner")
	ResultJson special(@Parameter(description = "special constituency, 1..7") @RequestParam(required = false) Integer constituency) {
		return this.reads.read(() -> constituencyResult(Ballot.SPECIAL, AreaLevel.SPECIAL, constituency));
	}

	private ResultJson constituencyResult(Ballot ballot, AreaLevel level, Integer constituency) {
		if (constituency == null) {
			return ResultJson.of(this.results.national(ballot), null, null);
		}
		BallotResult result = this.results.area(ballot, level, constituency.toString())
			.orElseGet(() -> this.results.empty(ballot, level, constituency.toString(), constituency.toString()));
		return ResultJson.of(result, null, ConstituencyJson.of(this.seats.constituency(ballot, level, constituency)));
	}

	private BallotResult area(Ballot ballot, AreaLevel level, String key) {
		return this.results.area(ballot, level, key).orElseThrow(() -> new AreaNotFoundException(level + " " + key));
	}

}
