package org.electionresults.site.timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of the count timeline chart: the leader's share and the lead over the
 * second after each upload, on one percent scale with the 50 %, 40 % and 10-point lines
 * of the first-round rule. Uploads are evenly spaced from left to right, whatever the
 * time between them. Plain arithmetic, so that the template only draws.
 */
public final class TimelineChart {

	public static final int WIDTH = 720;

	public static final int HEIGHT = 300;

	static final int LEFT = 44;

	static final int RIGHT = 112;

	static final int TOP = 26;

	static final int BOTTOM = 36;

	/** At most this many labels under the horizontal axis. */
	static final int MAX_X_LABELS = 10;

	private final List<BigDecimal> shares;

	private final List<BigDecimal> leads;

	private final int top;

	private TimelineChart(List<BigDecimal> shares, List<BigDecimal> leads) {
		if (shares.size() != leads.size()) {
			throw new IllegalArgumentException("One lead per share");
		}
		this.shares = List.copyOf(shares);
		this.leads = List.copyOf(leads);
		BigDecimal highest = this.shares.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		// Room above the highest point and the 50 % line, in steps of 10 points.
		int rounded = (highest.intValue() / 10 + 1) * 10;
		this.top = Math.min(100, Math.max(60, rounded));
	}

	/**
	 * The chart of a timeline.
	 * @param shares the leader's share after each upload, in percent
	 * @param leads the lead over the second after each upload, in points
	 */
	public static TimelineChart of(List<BigDecimal> shares, List<BigDecimal> leads) {
		return new TimelineChart(shares, leads);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	public int bottom() {
		return HEIGHT - BOTTOM;
	}

	/** The top of the scale, in percent: 60 or more, a multiple of 10. */
	public int scaleTop() {
		return this.top;
	}

	/** The horizontal position of upload {@code index} (0-based). */
	public double x(int index) {
		int count = this.shares.size();
		if (count <= 1) {
			return round((LEFT + right()) / 2.0);
		}
		return round(LEFT + (right() - LEFT) * (double) index / (count - 1));
	}

	/** The vertical position of a percentage. */
	public double y(double percent) {
		return round(TOP + (bottom() - TOP) * (1 - percent / this.top));
	}

	/** The leader's share as an SVG polyline. */
	public String shareLine() {
		return line(this.shares);
	}

	/** The lead as an SVG polyline. */
	public String leadLine() {
		return line(this.leads);
	}

	public List<Point> sharePoints() {
		return points(this.shares);
	}

	public List<Point> leadPoints() {
		return points(this.leads);
	}

	/** Grid lines every 10 points. */
	public List<Tick> yTicks() {
		List<Tick> ticks = new ArrayList<>();
		for (int value = 0; value <= this.top; value += 10) {
			ticks.add(new Tick(value, y(value)));
		}
		return ticks;
	}

	/**
	 * Upload numbers under the axis (1-based), thinned out so that they do not overlap.
	 */
	public List<Tick> xTicks() {
		int count = this.shares.size();
		int step = Math.max(1, (int) Math.ceil(count / (double) MAX_X_LABELS));
		List<Tick> ticks = new ArrayList<>();
		for (int index = 0; index < count; index += step) {
			ticks.add(new Tick(index + 1, x(index)));
		}
		if (count > 1 && (count - 1) % step != 0) {
			ticks.add(new Tick(count, x(count - 1)));
		}
		return ticks;
	}

	private String line(List<BigDecimal> values) {
		return points(values).stream()
			.map((point) -> String.format(Locale.ROOT, "%.1f,%.1f", point.x(), point.y()))
			.collect(Collectors.joining(" "));
	}

	private List<Point> points(List<BigDecimal> values) {
		List<Point> points = new ArrayList<>();
		for (int index = 0; index < values.size(); index++) {
			points.add(new Point(x(index), y(values.get(index).doubleValue())));
		}
		return points;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * A point of a line.
	 *
	 * @param x horizontal position
	 * @param y vertical position
	 */
	public record Point(double x, double y) {

	}

	/**
	 * A labelled position on an axis.
	 *
	 * @param value the label
	 * @param position where it goes
	 */
	public record Tick(int value, double position) {

	}

}
