package org.virtclass.quiz;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facility and discrimination against data sets worked out by hand (see the comments).
 */
class ItemAnalysisTests {

	private static final Offset<Double> EXACT = Offset.offset(1e-6);

	@Test
	void fivePlayersThreeQuestions() {
		// totals 3, 2, 1, 1, 0
		Boolean[][] scores = { { true, true, true }, { true, true, false }, { true, false, false },
				{ false, true, false }, { false, false, false } };
		List<ItemAnalysis.Item> items = ItemAnalysis.of(scores);
		// Q1: x = 1 1 1 0 0, rest = 2 1 0 1 0; Sxy = 0.6, Sxx = 1.2, Syy = 2.8; r = 0.6 /
		// sqrt(3.36)
		assertThat(items.get(0).facility()).isCloseTo(0.6, EXACT);
		assertThat(items.get(0).discrimination()).isCloseTo(0.6 / Math.sqrt(3.36), EXACT);
		assertThat(items.get(0).discrimination()).isCloseTo(0.327327, Offset.offset(1e-6));
		// Q2: x = 1 1 0 1 0, rest = 2 1 1 0 0; the same sums as Q1
		assertThat(items.get(1).facility()).isCloseTo(0.6, EXACT);
		assertThat(items.get(1).discrimination()).isCloseTo(0.327327, Offset.offset(1e-6));
		// Q3: x = 1 0 0 0 0, rest = 2 2 1 1 0; Sxy = 0.8, Sxx = 0.8, Syy = 2.8; r = 0.8 /
		// sqrt(2.24)
		assertThat(items.get(2).facility()).isCloseTo(0.2, EXACT);
		assertThat(items.get(2).discrimination()).isCloseTo(0.534522, Offset.offset(1e-6));
		assertThat(items).allSatisfy((i) -> {
			assertThat(i.answerCount()).isEqualTo(5);
			assertThat(i.flagged()).isFalse();
		});
	}

	@Test
	void aQuestionTheWeakerHalfGetsRightDiscriminatesNegativelyAndIsFlagged() {
		Boolean[][] scores = { { false, true, true }, { false, true, true }, { true, false, false },
				{ true, false, false } };
		List<ItemAnalysis.Item> items = ItemAnalysis.of(scores);
		// Q1: x = 0 0 1 1, rest = 2 2 0 0: a perfect negative correlation
		assertThat(items.get(0).facility()).isCloseTo(0.5, EXACT);
		assertThat(items.get(0).discrimination()).isCloseTo(-1.0, EXACT);
		assertThat(items.get(0).flagged()).isTrue();
		// Q2: x = 1 1 0 0, rest = 1 1 1 1: the rest does not vary, so the index is
		// undefined
		assertThat(items.get(1).discrimination()).isNull();
		assertThat(items.get(1).flagged()).isFalse();
	}

	@Test
	void aQuestionEveryoneGetsRightHasNoDiscrimination() {
		Boolean[][] scores = { { true, true }, { true, false }, { true, false } };
		ItemAnalysis.Item first = ItemAnalysis.of(scores).get(0);
		assertThat(first.facility()).isCloseTo(1.0, EXACT);
		assertThat(first.discrimination()).isNull();
	}

	@Test
	void lateJoinersCountOnlyForTheQuestionsTheyAnswered() {
		// P2 joined late and never saw Q1
		Boolean[][] scores = { { true, true }, { null, true }, { false, false } };
		List<ItemAnalysis.Item> items = ItemAnalysis.of(scores);
		// Q1 over P1 and P3: x = 1 0, rest = 1 0: r = 1
		assertThat(items.get(0).answerCount()).isEqualTo(2);
		assertThat(items.get(0).facility()).isCloseTo(0.5, EXACT);
		assertThat(items.get(0).discrimination()).isCloseTo(1.0, EXACT);
		// Q2 over everyone: x = 1 1 0, rest = 1 0 0 (P2's missing Q1 counts 0);
		// Sxy = 1/3, Sxx = Syy = 2/3: r = 0.5
		assertThat(items.get(1).facility()).isCloseTo(2 / 3.0, EXACT);
		assertThat(items.get(1).discrimination()).isCloseTo(0.5, EXACT);
	}

	@Test
	void withNobodyThereIsNothingToAnalyse() {
		assertThat(ItemAnalysis.of(new Boolean[0][0])).isEmpty();
		ItemAnalysis.Item alone = ItemAnalysis.of(new Boolean[][] { { null } }).get(0);
		assertThat(alone.answerCount()).isZero();
		assertThat(alone.facility()).isNull();
		assertThat(alone.discrimination()).isNull();
	}

}
