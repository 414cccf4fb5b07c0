package org.virtclass.quiz.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointsTests {

	@ParameterizedTest
	@CsvSource({ "0, 1000", "5000, 750", "10000, 500", "60000, 500" })
	void withSpeedPointsARightAnswerEarnsLessTheLaterItComes(long elapsedMs, int points) {
		assertThat(Points.of(true, true, elapsedMs, 10)).isEqualTo(points);
	}

	@Test
	void withoutSpeedPointsEveryRightAnswerEarnsTheSame() {
		assertThat(Points.of(true, false, 0, 10)).isEqualTo(Points.of(true, false, 9_999, 10)).isEqualTo(1000);
	}

	@Test
	void aWrongAnswerEarnsNothingHoweverFast() {
		assertThat(Points.of(false, true, 0, 10)).isZero();
		assertThat(Points.of(false, false, 0, null)).isZero();
	}

	@Test
	void anUntimedQuestionMeasuresSpeedOverTwentySeconds() {
		assertThat(Points.of(true, true, 10_000, null)).isEqualTo(750);
	}

	@Test
	void aSlowRightAnswerStillBeatsAFastWrongOne() {
		for (long ms = 0; ms <= 30_000; ms += 500) {
			assertThat(Points.of(true, true, ms, 30)).isGreaterThan(Points.of(false, true, 0, 30));
		}
	}

}
