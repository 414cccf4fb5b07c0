package org.virtclass.quiz.domain;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up class that warms the answer path plays through the endpoints and leaves no
 * trace.
 */
class QuizWarmUpTests extends AppTestSupport {

	@Autowired
	QuizWarmUp warmUp;

	@Autowired
	LiveSessionRepository sessions;

	@Autowired
	LivePlayerRepository players;

	@Autowired
	LiveAnswerRepository answers;

	@Test
	void theWarmUpAnsweredThroughTheEndpointsAndErasedItsSession() {
		assertThat(this.warmUp.answered()).isPositive();
		assertThat(this.sessions.findTop50ByCreatedByOrderByCreatedAtDesc(QuizWarmUp.OWNER)).isEmpty();
		assertThat(this.players.findAll()).noneMatch((p) -> p.getNickname().startsWith("warm-up "));
		// every stored answer belongs to a player that still exists
		var playerIds = this.players.findAll().stream().map(LivePlayer::getId).toList();
		assertThat(this.answers.findAll()).allMatch((a) -> playerIds.contains(a.getPlayerId()));
	}

}
