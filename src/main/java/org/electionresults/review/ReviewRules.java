package org.electionresults.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The review rules over the current presidential actas of one polling station, in exact integer
 * arithmetic (docs/review.md). The upload runs the same rules in SQL ({@code ReviewFlagUpdater});
 * this class is their reference and is what the tests check that SQL against.
 */
public final class ReviewRules {

	private final ReviewThresholds thresholds;

	public ReviewRules(ReviewThresholds thresholds) {
		this.thresholds = thresholds;
	}

	/** The flags of every mesa of one station, given all the station's counted actas. */
	public List<Flag> station(List<ReviewedActa> actas) {
		List<Flag> flags = new ArrayList<>();
		for (ReviewedActa acta : actas) {
			flags.addAll(mesa(acta));
		}
		if (actas.size() < this.thresholds.stationMinMesas()) {
			return flags;
		}
		for (ReviewedActa acta : actas) {
			List<ReviewedActa> others = actas.stream().filter((other) -> other != acta).toList();
			shareOutOfLine(acta, others).ifPresent(flags::add);
			turnoutOutOfLine(acta, others).ifPresent(flags::add);
		}
		return flags;
	}

	/** The rules that read one acta alone. */
	public List<Flag> mesa(ReviewedActa acta) {
		List<Flag> flags = new ArrayList<>();
		ReviewThresholds t = this.thresholds;
		if (acta.registered() > 0 && acta.cast() == acta.registered()) {
			flags.add(new Flag(acta.mesaCode(), ReviewRule.FULL_TURNOUT, null, acta.cast(), acta.registered(), null));
		}
		long valid = acta.valid();
		if (valid >= t.onePartyMinValid()) {
			for (int party = 0; party < acta.parties(); party++) {
				if (valid > 0 && acta.votes(party) * 100L >= t.onePartyPercent() * valid) {
					flags.add(new Flag(acta.mesaCode(), ReviewRule.ONE_PARTY, party, acta.votes(party), valid, null));
					break;
				}
			}
		}
		if (acta.cast() > 0 && acta.nullVotes() * 100L >= (long) t.highNullPercent() * acta.cast()) {
			flags.add(new Flag(acta.mesaCode(), ReviewRule.HIGH_NULL, null, acta.nullVotes(), acta.cast(), null));
		}
		if (acta.cast() > 0 && acta.blank() * 100L >= (long) t.highBlankPercent() * acta.cast()) {
			flags.add(new Flag(acta.mesaCode(), ReviewRule.HIGH_BLANK, null, acta.blank(), acta.cast(), null));
		}
		return flags;
	}

	private Optional<Flag> shareOutOfLine(ReviewedActa acta, List<ReviewedActa> others) {
		int valid = acta.valid();
		List<ReviewedActa> comparable = others.stream().filter((other) -> other.valid() > 0).toList();
		if (valid <= 0 || comparable.isEmpty()) {
			return Optional.empty();
		}
		@Nullable Flag furthest = null;
		@Nullable Ratio furthestDistance = null;
		for (int party = 0; party < acta.parties(); party++) {
			int p = party;
			Ratio share = Ratio.of(acta.votes(party), valid);
			Ratio median = median(comparable, (other) -> Ratio.of(other.votes(p), other.valid()));
			if (share.atLeastPointsFrom(median, this.thresholds.sharePoints())) {
				Ratio distance = share.distanceTo(median);
				// the party furthest from the others; on an exact tie the first in column order
				if (furthestDistance == null || distance.compareTo(furthestDistance) > 0) {
					furthest = new Flag(acta.mesaCode(), ReviewRule.SHARE_OUT_OF_LINE, party, acta.votes(party), valid,
							median);
					furthestDistance = distance;
				}
			}
		}
		return Optional.ofNullable(furthest);
	}

	private Optional<Flag> turnoutOutOfLine(ReviewedActa acta, List<ReviewedActa> others) {
		List<ReviewedActa> comparable = others.stream().filter((other) -> other.registered() > 0).toList();
		if (acta.registered() <= 0 || comparable.isEmpty()) {
			return Optional.empty();
		}
		Ratio turnout = Ratio.of(acta.cast(), acta.registered());
		Ratio median = median(comparable, (other) -> Ratio.of(other.cast(), other.registered()));
		if (!turnout.atLeastPointsFrom(median, this.thresholds.turnoutPoints())) {
			return Optional.empty();
		}
		return Optional.of(new Flag(acta.mesaCode(), ReviewRule.TURNOUT_OUT_OF_LINE, null, acta.cast(),
				acta.registered(), median));
	}

	/**
	 * The median of some exact ratios: the middle one of an odd count, the mean of the two middle
	 * ones of an even count (the mean of a value with itself for one value).
	 */
	static Ratio median(List<ReviewedActa> actas, Function<ReviewedActa, Ratio> ratio) {
		List<Ratio> sorted = actas.stream().map(ratio).sorted(Comparator.naturalOrder()).toList();
		int n = sorted.size();
		if (n == 0) {
			throw new IllegalArgumentException("No values to take the median of");
		}
		Ratio lower = sorted.get((n - 1) / 2);
		Ratio upper = sorted.get(n / 2);
		return Ratio.mean(lower, upper);
	}

}
