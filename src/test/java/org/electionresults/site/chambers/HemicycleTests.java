package org.electionresults.site.chambers;

import org.electionresults.site.chambers.Hemicycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Seat positions of the chambers' charts: one per seat, in a half disc, apart, left to
 * right.
 */
class HemicycleTests {

	private static final double EPSILON = 0.02;

	@Test
	void theSenateTakesThreeRowsAndTheDeputiesSix() {
		assertThat(Hemicycle.of(36).rows()).isEqualTo(3);
		assertThat(Hemicycle.of(130).rows()).isEqualTo(6);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 9, 36, 50, 99, 130, 200, 400 })
	void onePositionPerSeat(int seats) {
		assertThat(Hemicycle.of(seats).seats()).hasSize(seats);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 4, 7, 36, 64, 130, 200, 400 })
	void seatsDoNotOverlap(int seats) {
		List<Hemicycle.Seat> positions = Hemicycle.of(seats).seats();
		for (int i = 0; i < positions.size(); i++) {
			for (int j = i + 1; j < positions.size(); j++) {
				Hemicycle.Seat a = positions.get(i);
				Hemicycle.Seat b = positions.get(j);
				assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("seats %d and %d", i, j)
					.isGreaterThanOrEqualTo(a.r() + b.r() - EPSILON);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 5, 36, 130, 400 })
	void everySeatIsInTheUpperHalfDiscAndInsideTheDrawing(int seats) {
		Hemicycle hemicycle = Hemicycle.of(seats);
		for (Hemicycle.Seat seat : hemicycle.seats()) {
			double distance = Math.hypot(seat.x() - hemicycle.centerX(), seat.y() - hemicycle.centerY());
			assertThat(distance).isLessThanOrEqualTo(Hemicycle.OUTER + EPSILON);
			assertThat(seat.y()).isLessThanOrEqualTo(hemicycle.centerY() + EPSILON);
			assertThat(seat.x() - seat.r()).isGreaterThanOrEqualTo(-EPSILON);
			assertThat(seat.x() + seat.r()).isLessThanOrEqualTo(hemicycle.width() + EPSILON);
			assertThat(seat.y() - seat.r()).isGreaterThanOrEqualTo(hemicycle.lineTop() - EPSILON);
			assertThat(seat.y() + seat.r()).isLessThanOrEqualTo(hemicycle.height() + EPSILON);
		}
		assertThat(hemicycle.labelY()).isPositive();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 36, 130, 201 })
	void seatsGoFromLeftToRightSoThatEachPartyIsAWedge(int seats) {
		Hemicycle hemicycle = Hemicycle.of(seats);
		double previous = Double.MAX_VALUE;
		for (Hemicycle.Seat seat : hemicycle.seats()) {
			double angle = Math.atan2(hemicycle.centerY() - seat.y(), seat.x() - hemicycle.centerX());
			assertThat(angle).isLessThanOrEqualTo(previous + 1e-3);
			previous = angle;
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 36, 130, 57 })
	void theMajorityLineLeavesLessThanAMajorityOnEachSide(int seats) {
		Hemicycle hemicycle = Hemicycle.of(seats);
		int majority = seats / 2 + 1;
		long left = hemicycle.seats().stream().filter((seat) -> seat.x() < hemicycle.centerX() - EPSILON).count();
		long right = hemicycle.seats().stream().filter((seat) -> seat.x() > hemicycle.centerX() + EPSILON).count();
		assertThat(left).isLessThan(majority);
		assertThat(right).isLessThan(majority);
		// the first `majority` seats, drawn from the left, reach the line
		assertThat(hemicycle.seats().get(majority - 1).x()).isGreaterThanOrEqualTo(hemicycle.centerX() - EPSILON);
	}

	@Test
	void aChamberWithoutSeatsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Hemicycle.of(0));
	}

}
