package org.electionresults.site.chambers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Seat positions for a parliament chart: a half disc of concentric rows, the rows' seat
 * counts in proportion to their length so that seats are evenly spaced. Seats are ordered
 * from left to right by angle, so that consecutive seats form a party's wedge and the
 * vertical line through the centre splits the chamber in two halves: a party whose wedge
 * crosses it holds a majority when the parties are drawn from the left.
 * <p>
 * Coordinates are in SVG user units: the disc's centre is at ({@link #centerX()},
 * {@link #centerY()}) and {@link #top()} units are left above the outer row for a label.
 */
public final class Hemicycle {

	/** Outer row radius, in SVG units. */
	static final double OUTER = 180;

	/** The inner row's radius, as a fraction of the outer one, that looks best. */
	static final double PREFERRED_INNER = 0.45;

	/** The inner row never comes closer to the centre than this. */
	static final double SMALLEST_INNER = 0.3;

	/** Seat diameter as a fraction of the distance between seats. */
	static final double FILL = 0.84;

	static final double MARGIN = 4;

	static final double LABEL = 22;

	private final List<Seat> seats;

	private final int rows;

	private final double inner;

	private final double seatRadius;

	private Hemicycle(List<Seat> seats, int rows, double inner, double seatRadius) {
		this.seats = List.copyOf(seats);
		this.rows = rows;
		this.inner = inner;
		this.seatRadius = seatRadius;
	}

	/** The positions of {@code count} seats, left to right. */
	public static Hemicycle of(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("A chamber needs at least one seat, not " + count);
		}
		int rows = rows(count);
		double spacing = spacing(count, rows);
		double[] radii = new double[rows];
		for (int row = 0; row < rows; row++) {
			radii[row] = 1 - row * spacing;
		}
		int[] perRow = perRow(count, radii, spacing);
		// The closest two seats are neighbours in a row or in the next row: keep a seat's
		// diameter below both distances.
		double pitch = (rows > 1) ? spacing : 1;
		for (int row = 0; row < rows; row++) {
			if (perRow[row] > 1) {
				pitch = Math.min(pitch, 2 * radii[row] * Math.sin(Math.PI / (2 * (perRow[row] - 1))));
			}
		}
		double radius = FILL * pitch / 2;
		List<Polar> polar = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			for (int seat = 0; seat < perRow[row]; seat++) {
				double angle = (perRow[row] == 1) ? Math.PI / 2 : Math.PI * (1 - (double) seat / (perRow[row] - 1));
				polar.add(new Polar(radii[row], angle));
			}
		}
		polar.sort(Comparator.comparingDouble(Polar::angle).reversed().thenComparingDouble(Polar::radius));
		double centerX = MARGIN + OUTER * (1 + radius);
		double centerY = LABEL + MARGIN + OUTER * (1 + radius);
		List<Seat> seats = polar.stream()
			.map((p) -> new Seat(round(centerX + OUTER * p.radius() * Math.cos(p.angle())),
					round(centerY - OUTER * p.radius() * Math.sin(p.angle())), round(OUTER * radius)))
			.toList();
		return new Hemicycle(seats, rows, radii[rows - 1], radius);
	}

	/**
	 * The number of rows whose inner row comes closest to {@link #PREFERRED_INNER} when
	 * the seats are as far apart along each row as the rows are from each other; one row
	 * for up to three seats.
	 */
	static int rows(int count) {
		if (count <= 3) {
			return 1;
		}
		int best = 1;
		double bestDistance = Double.MAX_VALUE;
		for (int rows = 2; rows <= count; rows++) {
			double inner = 1 - (rows - 1) * spacing(count, rows);
			if (inner < SMALLEST_INNER) {
				break;
			}
			double distance = Math.abs(inner - PREFERRED_INNER);
			if (distance < bestDistance) {
				best = rows;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * The distance d between rows (outer radius 1) at which the rows hold {@code count}
	 * seats d apart: row i, of radius 1 − i·d, holds π(1 − i·d)/d + 1 seats, and their
	 * sum is the count. One row has no distance between rows: its seats' distance along
	 * the arc is returned.
	 */
	static double spacing(int count, int rows) {
		if (rows == 1) {
			return (count > 1) ? Math.PI / (count - 1) : 1;
		}
		return Math.PI * rows / (count - rows + Math.PI * rows * (rows - 1) / 2.0);
	}

	/** Seats per row in proportion to the row's length, by largest remainder. */
	private static int[] perRow(int count, double[] radii, double spacing) {
		if (radii.length == 1) {
			return new int[] { count };
		}
		double total = 0;
		double[] exact = new double[radii.length];
		for (int row = 0; row < radii.length; row++) {
			exact[row] = Math.PI * radii[row] / spacing + 1;
			total += exact[row];
		}
		int[] seats = new int[radii.length];
		double[] remainders = new double[radii.length];
		int given = 0;
		for (int row = 0; row < radii.length; row++) {
			double share = count * exact[row] / total;
			seats[row] = (int) Math.floor(share);
			remainders[row] = share - seats[row];
			given += seats[row];
		}
		while (given < count) {
			int best = 0;
			for (int row = 1; row < radii.length; row++) {
				if (remainders[row] > remainders[best]) {
					best = row;
				}
			}
			seats[best]++;
			remainders[best] = -1;
			given++;
		}
		return seats;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** The seats, left to right. */
	public List<Seat> seats() {
		return this.seats;
	}

	public int rows() {
		return this.rows;
	}

	public double centerX() {
		return round(MARGIN + OUTER * (1 + this.seatRadius));
	}

	public double centerY() {
		return round(LABEL + MARGIN + OUTER * (1 + this.seatRadius));
	}

	public double width() {
		return round(2 * centerX());
	}

	public double height() {
		return round(centerY() + OUTER * this.seatRadius + MARGIN);
	}

	/** Where the majority line starts: just inside the inner row. */
	public double lineBottom() {
		return round(centerY() - OUTER * Math.max(0, this.inner - 2 * this.seatRadius));
	}

	/** Where the majority line ends: just outside the outer row. */
	public double lineTop() {
		return round(centerY() - OUTER * (1 + this.seatRadius) - MARGIN);
	}

	/** Where a label above the line sits. */
	public double labelY() {
		return round(lineTop() - 6);
	}

	/**
	 * One seat.
	 *
	 * @param x horizontal centre
	 * @param y vertical centre
	 * @param r radius
	 */
	public record Seat(double x, double y, double r) {

	}

	private record Polar(double radius, double angle) {

	}

}
