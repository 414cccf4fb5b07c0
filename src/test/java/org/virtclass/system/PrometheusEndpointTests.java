package org.virtclass.system;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * {@code /actuator/prometheus}: open to the configured network and instructors, with the
 * domain metrics.
 */
class PrometheusEndpointTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LiveSessions sessions;

	@Test
	void showsTheDomainMetricsToThisMachine() {
		String body = scrape();
		assertThat(body).contains("virtclass_quiz_live_sessions", "virtclass_quiz_live_players",
				"virtclass_lab_runs{state=\"queued\"}", "virtclass_lab_runs{state=\"running\"}", "virtclass_lab_queue",
				"virtclass_kb_sync_problems", "virtclass_kb_sync_conflicts", "virtclass_kb_unknown_names",
				"virtclass_checker_unknown_names_total");
		// Per-request observations stay off: no http_server_requests series.
		assertThat(body).doesNotContain("http_server_requests");
	}

	@Test
	void countsAcceptedAndRefusedAnswersAndThePlayersOfALiveSession() {
		double accepted = value(scrape(), "virtclass_quiz_answers_total\\{outcome=\"accepted\",reason=\"none\"}");
		double twice = value(scrape(),
				"virtclass_quiz_answers_total\\{outcome=\"refused\",reason=\"already_answered\"}");
		double players = value(scrape(), "virtclass_quiz_live_players");
		String code = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 2, 4, Difficulty.EASY, Locale.ENGLISH, 5L, null),
				INSTRUCTOR);
		String ann = this.sessions.join(code, "Ann");
		this.sessions.join(code, "Bob");
		this.sessions.start(code);
		LiveSessions.PlayerQuestion q = this.sessions.question(code, ann);
		this.sessions.answer(code, ann, q.questionId(), "A").join();
		assertThatThrownBy(() -> this.sessions.answer(code, ann, q.questionId(), "B").join())
			.isInstanceOf(LiveSessionException.class);
		String after = scrape();
		assertThat(value(after, "virtclass_quiz_answers_total\\{outcome=\"accepted\",reason=\"none\"}"))
			.isEqualTo(accepted + 1);
		assertThat(value(after, "virtclass_quiz_answers_total\\{outcome=\"refused\",reason=\"already_answered\"}"))
			.isEqualTo(twice + 1);
		assertThat(value(after, "virtclass_quiz_live_players")).isEqualTo(players + 2);
		this.sessions.finish(code);
		assertThat(value(scrape(), "virtclass_quiz_live_players")).isEqualTo(players);
	}

	@Test
	void isClosedToOtherNetworksUnlessAnInstructorAsks() {
		MvcTestResult stranger = this.mvc.get().uri("/actuator/prometheus").with((r) -> {
			r.setRemoteAddr("10.9.8.7");
			return r;
		}).exchange();
		assertThat(stranger.getResponse().getStatus()).isNotEqualTo(200);
		assertThat(stranger.getResponse().getHeader("Location")).endsWith("/login");
		MvcTestResult teacher = this.mvc.get().uri("/actuator/prometheus").with((r) -> {
			r.setRemoteAddr("10.9.8.7");
			return r;
		}).with(user(INSTRUCTOR).roles("INSTRUCTOR")).exchange();
		assertThat(teacher).hasStatusOk();
	}

	private String scrape() {
		MvcTestResult result = this.mvc.get().uri("/actuator/prometheus").exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A series' value, or 0 when it has not appeared yet. */
	private static double value(String body, String series) {
		Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(body);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

}
