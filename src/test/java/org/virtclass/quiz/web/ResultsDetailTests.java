package org.virtclass.quiz.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.AppTestSupport;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;
import org.virtclass.quiz.domain.SessionResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Behind the results: each student's answers one by one, and each question's item
 * analysis with who chose what in the upper and lower halves of the class. Four students
 * play two questions: <pre>
 *        Q1        Q2
 * Ann    key       key
 * Bob    key       wrong
 * Cy     wrong x   key
 * Dee    wrong y   wrong
 * Eve    -         -      (joined, never answered)
 * </pre>
 */
class ResultsDetailTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LiveSessions sessions;

	@Autowired
	SessionResults results;

	String code;

	Question q1;

	Question q2;

	@BeforeEach
	void play() {
		this.code = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 2, 4, Difficulty.EASY, Locale.ENGLISH, 5L, null),
				INSTRUCTOR);
		String ann = this.sessions.join(this.code, "Ann");
		String bob = this.sessions.join(this.code, "Bob");
		String cy = this.sessions.join(this.code, "Cy");
		String dee = this.sessions.join(this.code, "Dee");
		this.sessions.join(this.code, "Eve");
		this.sessions.start(this.code);
		LiveSessions.Console first = this.sessions.console(this.code);
		this.q1 = first.question();
		int key = this.q1.answerIndex();
		answer(ann, first, key);
		answer(bob, first, key);
		answer(cy, first, (key + 1) % 4);
		answer(dee, first, (key + 2) % 4);
		this.sessions.next(this.code);
		LiveSessions.Console second = this.sessions.console(this.code);
		this.q2 = second.question();
		int key2 = this.q2.answerIndex();
		answer(ann, second, key2);
		answer(bob, second, (key2 + 1) % 4);
		answer(cy, second, key2);
		answer(dee, second, (key2 + 1) % 4);
		this.sessions.finish(this.code);
	}

	private void answer(String token, LiveSessions.Console console, int option) {
		this.sessions.answer(this.code, token, console.snapshot().questionId(), Question.letter(option)).join();
	}

	private String page(String path, Object... vars) {
		var result = this.mvc.get().uri(path, vars).with(user(INSTRUCTOR).roles("INSTRUCTOR")).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long playerId(String nickname) {
		return this.results.results(this.code)
			.players()
			.stream()
			.filter((p) -> p.nickname().equals(nickname))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void theResultsLinkEveryStudentAndEveryQuestion() {
		String page = page("/instructor/sessions/{c}/results?lang=en", this.code);
		assertThat(page)
			.contains("href=\"/instructor/sessions/" + this.code + "/results/players/" + playerId("Ann") + "\"")
			.contains("href=\"/instructor/sessions/" + this.code + "/results/players/" + playerId("Eve") + "\"")
			.contains("href=\"/instructor/sessions/" + this.code + "/results/questions/1\"")
			.contains("href=\"/instructor/sessions/" + this.code + "/results/questions/2\"");
	}

	@Test
	void aStudentsAnswersShowTheToolChosenRightOrWrongAndTheTime() {
		String ann = page("/instructor/sessions/{c}/results/players/{id}?lang=en", this.code, playerId("Ann"));
		String key1 = this.q1.answer().text();
		assertThat(ann).contains("Ann: answers in session " + this.code)
			.contains("2 right out of 2 questions; 2 answered.")
			.contains(Question.letter(this.q1.answerIndex()) + ". " + key1)
			.contains(">Right<")
			.doesNotContain(">Wrong<")
			.containsPattern("\\d+\\.\\d s<");
		String dee = page("/instructor/sessions/{c}/results/players/{id}?lang=en", this.code, playerId("Dee"));
		int chosen = (this.q1.answerIndex() + 2) % 4;
		assertThat(dee).contains("0 right out of 2 questions; 2 answered.")
			.contains(Question.letter(chosen) + ". " + this.q1.options().get(chosen).text())
			.contains(">Wrong<")
			.doesNotContain(">Right<");
		String eve = page("/instructor/sessions/{c}/results/players/{id}?lang=zh_CN", this.code, playerId("Eve"));
		assertThat(eve).contains("2 道题中答对 0 道；作答 0 道。").contains(">未作答<");
	}

	@Test
	void theDrillDownMatchesTheStoredAnswers() {
		SessionResults.PlayerAnswers cy = this.results.player(this.code, playerId("Cy")).orElseThrow();
		assertThat(cy.answers()).extracting(SessionResults.PlayerAnswer::correct).containsExactly(false, true);
		assertThat(cy.answers().get(0).chosen()).isEqualTo((this.q1.answerIndex() + 1) % 4);
		assertThat(cy.answers()).allSatisfy((a) -> assertThat(a.elapsedMs()).isNotNull().isGreaterThanOrEqualTo(0));
		assertThat(cy.score()).isEqualTo(1);
	}

	@Test
	void theItemAnalysisSplitsTheClassByTheRestOfTheTest() {
		SessionResults.ItemDetail item = this.results.item(this.code, 1).orElseThrow();
		int key = this.q1.answerIndex();
		// rest of the test (Q2): Ann 1, Cy 1 (upper); Bob 0, Dee 0 (lower)
		assertThat(item.groupSize()).isEqualTo(2);
		SessionResults.OptionRow keyRow = item.options().get(key);
		SessionResults.OptionRow x = item.options().get((key + 1) % 4);
		SessionResults.OptionRow y = item.options().get((key + 2) % 4);
		assertThat(keyRow.key()).isTrue();
		assertThat(keyRow.count()).isEqualTo(2);
		assertThat(keyRow.nicknames()).containsExactly("Ann", "Bob");
		assertThat(keyRow.upper()).isEqualTo(1);
		assertThat(keyRow.lower()).isEqualTo(1);
		assertThat(x.nicknames()).containsExactly("Cy");
		assertThat(x.upper()).isEqualTo(1);
		assertThat(x.lower()).isZero();
		assertThat(y.nicknames()).containsExactly("Dee");
		assertThat(y.upper()).isZero();
		assertThat(y.lower()).isEqualTo(1);
		assertThat(item.options().get((key + 3) % 4).count()).isZero();
		assertThat(item.unanswered()).containsExactly("Eve");
		assertThat(item.question().facility()).isEqualTo(0.5);
	}

	@Test
	void theItemPageShowsDifficultyDiscriminationAndCountsByToolName() {
		String page = page("/instructor/sessions/{c}/results/questions/1?lang=en", this.code);
		assertThat(page).contains("Question 1 of session " + this.code + ": item analysis")
			.contains("4 of 5 students answered")
			.contains("50%")
			.contains("Medium difficulty.")
			.contains(this.q1.answer().text())
			.contains("2 (50%)")
			.contains("Ann, Bob")
			.contains("Eve")
			.contains("id=\"item-next\"")
			.doesNotContain("id=\"item-prev\"");
		assertThat(page("/instructor/sessions/{c}/results/questions/2?lang=zh_CN", this.code)).contains("题目分析")
			.contains("id=\"item-prev\"");
	}

	@Test
	void unknownStudentsQuestionsAndSessionsAreNotFound() {
		String other = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 1, 4, Difficulty.EASY, Locale.ENGLISH, 6L, null),
				INSTRUCTOR);
		assertThat(this.mvc.get()
			.uri("/instructor/sessions/{c}/results/players/{id}", other, playerId("Ann"))
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/instructor/sessions/{c}/results/questions/3", this.code)
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/instructor/sessions/{c}/results/questions/0", this.code)
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/instructor/sessions/ZZZZZZ/results/questions/1")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRemovedStudentHasNoDrillDown() {
		long bob = playerId("Bob");
		this.sessions.remove(this.code, bob);
		assertThat(this.mvc.get()
			.uri("/instructor/sessions/{c}/results/players/{id}", this.code, bob)
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void studentsCannotSeeTheDrillDown() {
		assertThat(this.mvc.get().uri("/instructor/sessions/{c}/results/players/{id}", this.code, playerId("Ann")))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/login");
		assertThat(this.mvc.get().uri("/instructor/sessions/{c}/results/questions/1", this.code))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/login");
	}

}
