package org.virtclass.quiz.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;
import org.virtclass.quiz.domain.PracticeService;
import org.virtclass.quiz.QuizSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The quiz pages over HTTP: results with a flagged question, downloads, and refusals. */
class QuizPagesTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LiveSessions sessions;

	@Autowired
	PracticeService practice;

	@Test
	void aQuestionTheStrongerStudentsGetWrongIsFlaggedWithTheFactsBehindIt() {
		String code = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 3, 4, Difficulty.EASY, Locale.ENGLISH, 42L, null),
				INSTRUCTOR);
		// the two strong students miss question 1 and get 2 and 3 right; the two weak
		// ones the opposite
		String[] tokens = { join(code, "Ann"), join(code, "Bob"), join(code, "Cy"), join(code, "Di") };
		this.sessions.start(code);
		for (int q = 0; q < 3; q++) {
			LiveSessions.Console console = this.sessions.console(code);
			Question question = console.question();
			String right = Question.letter(question.answerIndex());
			String wrong = Question.letter((question.answerIndex() + 1) % question.options().size());
			for (int p = 0; p < 4; p++) {
				boolean strong = p < 2;
				boolean correct = (q == 0) != strong;
				this.sessions.answer(code, tokens[p], console.snapshot().questionId(), correct ? right : wrong);
			}
			this.sessions.next(code);
		}
		assertThat(this.sessions.snapshot(code).state()).isEqualTo(LiveState.FINISHED);
		var page = assertThat(this.mvc.get()
			.uri("/instructor/sessions/{c}/results?lang=en", code)
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatusOk().bodyText();
		page.contains("Question 1 discriminates negatively")
			.contains("negative")
			.contains("-100%")
			.contains("Guests boot their own kernel")
			.contains("Ann")
			.contains("2 / 3");
		assertThat(this.mvc.get().uri("/api/sessions/{c}/results", code).with(user(INSTRUCTOR).roles("INSTRUCTOR")))
			.bodyJson()
			.extractingPath("$.questions[0].flagged")
			.isEqualTo(true);
	}

	@Test
	void downloadsAreAttachmentsWithTheirOwnTypes() {
		String code = this.sessions.create(new LiveSessions.Setup(List.of(QuestionType.CRITERION), 2, 4,
				Difficulty.HARD, Locale.SIMPLIFIED_CHINESE, 1L, null), INSTRUCTOR);
		assertThat(download("/instructor/sessions/" + code + "/responses.csv")).hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.headers()
			.hasValue("Content-Disposition", "attachment; filename=\"virtclass-" + code + "-responses.csv\"");
		assertThat(download("/instructor/sessions/" + code + "/questions.xml")).hasStatusOk()
			.hasHeader("Content-Type", "application/xml;charset=UTF-8")
			.bodyText()
			.contains("三条标准中");
		assertThat(download("/instructor/sessions/" + code + "/questions.gift.txt")).hasStatusOk()
			.bodyText()
			.contains("::VirtClass " + code + " Q1 CRITERION::");
	}

	@Test
	void theProjectorShowsTheCodeAndTheJoinAddress() {
		String code = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 1, 4, Difficulty.EASY, Locale.ENGLISH, null, 20),
				INSTRUCTOR);
		assertThat(
				this.mvc.get().uri("/instructor/sessions/{c}?lang=en", code).with(user(INSTRUCTOR).roles("INSTRUCTOR")))
			.hasStatusOk()
			.bodyText()
			.contains(code)
			.contains("/join?code=" + code)
			.contains("Start the quiz");
	}

	@Nested
	class Refusals {

		@Test
		void anotherBrowsersPracticeAttemptIsNotFound() {
			var attempt = practice.start("11111111-1111-1111-1111-111111111111",
					QuizSpec.of(List.of(QuestionType.VM_TOOL), 5, Locale.ENGLISH));
			assertThat(mvc.get()
				.uri("/practice/{id}", attempt.id())
				.cookie(new Cookie("VIRTCLASS_VISITOR", "11111111-1111-1111-1111-111111111111"))).hasStatusOk();
			assertThat(mvc.get()
				.uri("/practice/{id}", attempt.id())
				.cookie(new Cookie("VIRTCLASS_VISITOR", "22222222-2222-2222-2222-222222222222")))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/practice/{id}", attempt.id())).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void joiningWithAnUnknownCodeKeepsTheNicknameAndSaysWhy() {
			assertThat(mvc.post().uri("/join?lang=en").with(csrf()).param("code", "zzz-zzz").param("nickname", "Ann"))
				.hasStatusOk()
				.bodyText()
				.contains("There is no session with this code")
				.contains("value=\"Ann\"")
				.contains("value=\"ZZZZZZ\"");
		}

		@Test
		void thePlayPageWithoutATokenSendsTheStudentToTheJoinForm() {
			assertThat(mvc.get().uri("/join/ABCDEF")).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/join?code=ABCDEF");
		}

		@Test
		void anUnknownSessionPageIs404AndStudentsCannotOpenInstructorPages() {
			assertThat(mvc.get().uri("/instructor/sessions/ZZZZZZ").with(user(INSTRUCTOR).roles("INSTRUCTOR")))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/instructor/sessions")).hasStatus(HttpStatus.FOUND);
			assertThat(mvc.get().uri("/instructor/sessions").with(user("student").roles("STUDENT")))
				.hasStatus(HttpStatus.FORBIDDEN);
		}

		@Test
		void aSessionWithoutTypesOrWithABadTimerIsNotCreated() {
			assertThat(mvc.post()
				.uri("/instructor/sessions?lang=en")
				.with(csrf())
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.param("_types", "on")
				.param("count", "5")
				.param("difficulty", "EASY")
				.param("lang", "en")
				.param("options", "4")
				.param("timed", "true")
				.param("seconds", "2")).hasStatusOk()
				.bodyText()
				.contains("Choose at least one question type.")
				.contains("Between 5 and 600 seconds.");
		}

	}

	private String join(String code, String nickname) {
		return this.sessions.join(code, nickname);
	}

	private MvcTestResult download(String path) {
		return this.mvc.get().uri(path).with(user(INSTRUCTOR).roles("INSTRUCTOR")).exchange();
	}

}
