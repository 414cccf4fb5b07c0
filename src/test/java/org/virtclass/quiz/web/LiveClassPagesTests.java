package org.virtclass.quiz.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.AppTestSupport;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Live classes that teachers find and rooms can read: the links that lead to them, where
 * a login lands, projector mode in each state, counts kept back until the reveal, and
 * results with tool names.
 */
class LiveClassPagesTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LiveSessions sessions;

	private String session(int questions, Integer seconds) {
		return this.sessions.create(new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), questions, 4, Difficulty.EASY,
				Locale.ENGLISH, 7L, seconds), INSTRUCTOR);
	}

	private String page(String path, Object... vars) {
		var result = this.mvc.get().uri(path, vars).with(user(INSTRUCTOR).roles("INSTRUCTOR")).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Nested
	class Findable {

		@Test
		void instructorsSeeLiveClassInTheHeaderAndOnTheDashboard() {
			String dashboard = page("/instructor?lang=en");
			assertThat(dashboard).contains("id=\"nav-live\"")
				.contains("id=\"dash-live\"")
				.contains("href=\"/instructor/sessions\"")
				.contains("Live class");
		}

		@Test
		void visitorsDoNotSeeTheInstructorsLinkButKeepJoinAClass() {
			assertThat(mvc.get().uri("/?lang=en")).hasStatusOk()
				.bodyText()
				.doesNotContain("nav-live")
				.contains("href=\"/join\"");
		}

		@Test
		void theHomePageHasAJoinBoxThatGoesToTheJoinForm() {
			assertThat(mvc.get().uri("/?lang=en")).hasStatusOk()
				.bodyText()
				.contains("id=\"home-join\"")
				.contains("action=\"/join\"")
				.contains("method=\"get\"")
				.contains("name=\"code\"")
				.contains("Enter the code from the projector");
			assertThat(mvc.get().uri("/join?code=abc234&lang=en")).hasStatusOk()
				.bodyText()
				.contains("value=\"ABC234\"");
		}

		@Test
		void thePracticePageInvitesTeachersToRunItLive() {
			assertThat(mvc.get().uri("/practice?lang=zh_CN")).hasStatusOk()
				.bodyText()
				.contains("id=\"live-invite\"")
				.contains("开始课堂测验")
				.contains("href=\"/instructor/sessions\"");
		}

		@Test
		void anInstructorLandsOnTheWorkspaceAfterLoggingIn() {
			assertThat(mvc.post().uri("/login").with(csrf()).param("username", INSTRUCTOR).param("password", PASSWORD))
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/instructor");
		}

		@Test
		void aLoginAskedForByAPageReturnsToThatPage() {
			MockHttpSession browser = new MockHttpSession();
			assertThat(mvc.get().uri("/instructor/sessions").session(browser)).hasStatus(HttpStatus.FOUND);
			assertThat(mvc.post()
				.uri("/login")
				.session(browser)
				.with(csrf())
				.param("username", INSTRUCTOR)
				.param("password", PASSWORD)).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.contains("/instructor/sessions");
		}

	}

	@Nested
	class ProjectorMode {

		@Test
		void theLobbyHasNoSiteChromeAndShowsCodeQrAndTheLocalhostWarning() {
			String code = session(2, null);
			sessions.join(code, "Ann");
			String html = page("/instructor/sessions/{c}/present?lang=en", code);
			assertThat(html).doesNotContain("site-header").doesNotContain("site-footer").doesNotContain("main-nav");
			assertThat(html).contains("id=\"join-code\"")
				.contains(">" + code + "<")
				.contains("id=\"qr\"")
				.contains("Ann")
				.contains("1 player")
				.contains("id=\"start\"");
			// MockMvc's requests come to "localhost": the page must say that phones
			// cannot reach it
			assertThat(html).contains("id=\"loopback\"").contains("Phones cannot reach localhost");
			assertThat(html).doesNotContain("id=\"corner-code\"");
		}

		@Test
		void aQuestionShowsHowManyAnsweredButNotWhatTheyAnswered() {
			String code = session(2, 30);
			String ann = sessions.join(code, "Ann");
			sessions.join(code, "Bob");
			sessions.start(code);
			LiveSessions.Console console = sessions.console(code);
			sessions.answer(code, ann, console.snapshot().questionId(), "A").join();
			String html = page("/instructor/sessions/{c}/present?lang=en", code);
			assertThat(html).contains("1 of 2 answered")
				.contains("id=\"ring\"")
				.contains("id=\"corner-code\"")
				.contains(console.question().stem().replace("'", "&#39;").replace("\"", "&quot;"))
				.doesNotContain("tile-count")
				.doesNotContain("id=\"reason\"")
				.doesNotContain("id=\"join-code\"");
			for (Question.Option option : console.question().options()) {
				assertThat(html).contains(option.text());
			}
			// what the projector's event stream carries before the reveal: no count per
			// option
			LiveSessions.Snapshot before = sessions.snapshot(code);
			assertThat(before.answerCount()).isEqualTo(1);
			assertThat(before.optionCounts()).isEmpty();
			assertThat(before.leaders()).isEmpty();
		}

		@Test
		void theRevealShowsTheCountsTheKeyAndTheReasonAndTheLeadersFollow() {
			String code = session(1, null);
			String ann = sessions.join(code, "Ann");
			String bob = sessions.join(code, "Bob");
			sessions.start(code);
			LiveSessions.Console console = sessions.console(code);
			Question q = console.question();
			String right = Question.letter(q.answerIndex());
			String wrong = Question.letter((q.answerIndex() + 1) % q.options().size());
			sessions.answer(code, ann, console.snapshot().questionId(), right).join();
			sessions.answer(code, bob, console.snapshot().questionId(), wrong).join();
			assertThat(mvc.post()
				.uri("/instructor/sessions/{c}/reveal", code)
				.with(csrf())
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.param("view", "present")).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/instructor/sessions/" + code + "/present");
			LiveSessions.Snapshot after = sessions.snapshot(code);
			assertThat(after.state()).isEqualTo(LiveState.REVEALED);
			int[] expected = new int[q.options().size()];
			expected[q.answerIndex()]++;
			expected[(q.answerIndex() + 1) % q.options().size()]++;
			assertThat(after.optionCounts())
				.containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Integer[]::new));
			assertThat(after.leaders()).extracting(LiveSessions.Leader::nickname).containsExactly("Ann", "Bob");
			assertThat(after.leaders()).extracting(LiveSessions.Leader::score).containsExactly(1, 0);

			String html = page("/instructor/sessions/{c}/present?lang=en", code);
			assertThat(html).contains("id=\"count-" + right + "\"")
				.contains("id=\"reason\"")
				.contains("id=\"leaderboard\"")
				.contains("1 right");
			assertThat(html).containsPattern("class=\"tile tile-" + q.answerIndex() + " key\"");

			sessions.next(code);
			String end = page("/instructor/sessions/{c}/present?lang=en", code);
			assertThat(end).contains("id=\"podium\"")
				.contains("place-1")
				.contains("Ann")
				.contains("id=\"results-link\"");
		}

		@Test
		void theConsoleNoLongerShowsCountsBeforeTheReveal() {
			String code = session(1, null);
			String ann = sessions.join(code, "Ann");
			sessions.start(code);
			sessions.answer(code, ann, sessions.snapshot(code).questionId(), "A").join();
			assertThat(page("/instructor/sessions/{c}?lang=en", code)).doesNotContain("id=\"count-A\"")
				.contains("id=\"present-link\"");
			sessions.reveal(code);
			assertThat(page("/instructor/sessions/{c}?lang=en", code)).contains("id=\"count-A\"");
		}

		@Test
		void aChosenLanAddressSurvivesTheTeachersButtons() {
			String code = session(1, null);
			assertThat(mvc.post()
				.uri("/instructor/sessions/{c}/start", code)
				.with(csrf())
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.param("view", "present")
				.param("via", "10.1.2.3")).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/instructor/sessions/" + code + "/present?via=10.1.2.3");
		}

	}

	@Nested
	class Results {

		@Test
		void countsCarryToolNamesAndEveryPlayerIsInTheCsv() throws Exception {
			String code = session(2, null);
			String ann = sessions.join(code, "Ann");
			sessions.join(code, "Quiet Cy");
			sessions.start(code);
			LiveSessions.Console console = sessions.console(code);
			sessions.answer(code, ann, console.snapshot().questionId(), "A").join();
			sessions.next(code);
			sessions.next(code);
			String results = page("/instructor/sessions/{c}/results?lang=en", code);
			assertThat(results).contains("class=\"option-name\"").contains(console.question().options().get(0).text());
			assertThat(results).contains("2 students, 2 questions, 1 answers.");
			var csv = mvc.get()
				.uri("/instructor/sessions/{c}/responses.csv", code)
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.exchange();
			String body = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(body.split("\r\n")).hasSize(5);
			assertThat(body).contains("Ann,1,A: ")
				.contains("Ann,2,,,,\r\n")
				.contains("Quiet Cy,1,,,,\r\n")
				.contains("Quiet Cy,2,,,,\r\n");
		}

	}

}
