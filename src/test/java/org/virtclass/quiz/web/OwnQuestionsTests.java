package org.virtclass.quiz.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.accounts.Role;
import org.virtclass.accounts.domain.AccountService;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizSpec;
import org.virtclass.quiz.domain.LiveSessions;
import org.virtclass.quiz.domain.OwnQuestions;
import org.virtclass.quiz.domain.PracticeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A teacher's own questions: pasted, read by the checker, keyed with a confirmation when
 * the key goes against the knowledge base, saved, and mixed into live sessions and
 * practice.
 */
class OwnQuestionsTests extends AppTestSupport {

	static final String ZH_STEM = "以下软件中不属于虚拟机工具软件的是（  ）";

	static final String ZH_OPTIONS = "A. VMware Workstation\nB. Oracle VirtualBox\nC. Microsoft Hyper-V\nD. Docker";

	/**
	 * The stem as saved: the parser reads pasted text in NFKC, so full-width brackets
	 * become ASCII ones.
	 */
	static final String ZH_STEM_SAVED = java.text.Normalizer.normalize(ZH_STEM, java.text.Normalizer.Form.NFKC);

	/** The answer the knowledge base proposes for the question above: D. Docker. */
	static final int PROPOSED = 3;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OwnQuestions own;

	@Autowired
	LiveSessions sessions;

	@Autowired
	PracticeService practice;

	@Autowired
	AccountService accounts;

	private static final java.util.concurrent.atomic.AtomicInteger OWNERS = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * A fresh instructor account, so that each test sees only its own saved questions.
	 */
	private String instructor(String name) {
		String username = name + "-" + OWNERS.incrementAndGet() + "-" + (System.nanoTime() % 100000);
		this.accounts.create(username, Role.INSTRUCTOR, PASSWORD, INSTRUCTOR);
		return username;
	}

	/**
	 * Posts the form. Questions stay out of practice unless a test says otherwise: the
	 * practice pool is shared by every test in this application context.
	 */
	private MvcTestResult post(String owner, String... params) {
		var request = this.mvc.post()
			.uri("/instructor/questions?lang=en")
			.with(csrf())
			.with(user(owner).roles("INSTRUCTOR"));
		if (!List.of(params).contains("inPractice")) {
			request = request.param("inPractice", "false");
		}
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String session(String lang) {
		return this.sessions.create(new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 3, 4, Difficulty.EASY,
				Locale.forLanguageTag(lang), 11L, null), INSTRUCTOR);
	}

	@Nested
	class Checking {

		@Test
		void checkingShowsTheProposedKeyWithItsReasonsAndSavesNothing() {
			String owner = instructor("checker");
			MvcTestResult result = post(owner, "question", ZH_STEM, "options", ZH_OPTIONS);
			assertThat(result).hasStatusOk();
			assertThat(body(result)).contains("id=\"own-proposal\"")
				.contains("Proposed answer: D. Docker")
				.contains("id=\"own-save\"")
				.doesNotContain("id=\"own-disagree\"");
			// the proposal is preselected as the key
			assertThat(body(result)).containsPattern("<input type=\"radio\" value=\"3\"[^>]*checked=\"checked\"")
				.doesNotContainPattern("<input type=\"radio\" value=\"[012]\"[^>]*checked=\"checked\"");
			assertThat(own.list(owner)).isEmpty();
		}

		@Test
		void aWholeQuestionPastedIntoOneBoxIsSplitIntoStemAndOptions() {
			String owner = instructor("whole");
			assertThat(post(owner, "question", ZH_STEM + "\n" + ZH_OPTIONS, "key", "3")).hasStatus(HttpStatus.FOUND);
			Question saved = own.list(owner).get(0).question();
			assertThat(saved.stem()).isEqualTo(ZH_STEM_SAVED);
			assertThat(saved.options()).extracting(Question.Option::text)
				.containsExactly("VMware Workstation", "Oracle VirtualBox", "Microsoft Hyper-V", "Docker");
			assertThat(saved.lang()).isEqualTo("zh-CN");
			assertThat(saved.type()).isEqualTo(QuestionType.TEACHER);
		}

	}

	@Nested
	class Saving {

		@Test
		void aKeyThatAgreesIsSavedWithTheKnowledgeBasesReasons() {
			String owner = instructor("agree");
			assertThat(post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "3", "inPractice", "false"))
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/instructor/questions");
			OwnQuestions.Saved saved = own.list(owner).get(0);
			assertThat(saved.question().answerIndex()).isEqualTo(PROPOSED);
			assertThat(saved.keyDiffers()).isFalse();
			assertThat(saved.inPractice()).isFalse();
			post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "3", "inPractice", "true");
			assertThat(own.list(owner).get(1).inPractice()).isTrue();
			own.delete(owner, own.list(owner).get(1).id());
			assertThat(saved.question().explanation()).contains("Docker");
			assertThat(saved.question().options().get(3).slug()).isEqualTo("docker");
			assertThat(saved.question().tools()).contains("docker");
		}

		@Test
		void aKeyThatDisagreesIsExplainedAndSavedOnlyAfterConfirmation() {
			String owner = instructor("disagree");
			MvcTestResult asked = post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "1");
			assertThat(asked).hasStatusOk();
			assertThat(body(asked)).contains("id=\"own-disagree\"")
				.contains("You chose B. Oracle VirtualBox, but the knowledge base proposes D. Docker.")
				.contains("id=\"own-confirm\"")
				.contains("id=\"own-use-proposal\"");
			assertThat(own.list(owner)).isEmpty();

			assertThat(post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "1", "confirmed", "true"))
				.hasStatus(HttpStatus.FOUND);
			OwnQuestions.Saved saved = own.list(owner).get(0);
			assertThat(saved.question().answerIndex()).isEqualTo(1);
			assertThat(saved.checkerIndex()).isEqualTo(PROPOSED);
			assertThat(saved.keyDiffers()).isTrue();
			// students are not told the knowledge base's reasons for another answer as
			// the explanation
			assertThat(saved.question().explanation()).isEqualTo("老师把“Oracle VirtualBox”定为答案。");
		}

		@Test
		void theTeacherCanTakeTheProposedKeyInstead() {
			String owner = instructor("takes");
			assertThat(post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "1", "useProposal", "true"))
				.hasStatus(HttpStatus.FOUND);
			assertThat(own.list(owner).get(0).question().answerIndex()).isEqualTo(PROPOSED);
		}

		@Test
		void theTeachersOwnExplanationIsKept() {
			String owner = instructor("explains");
			post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "1", "confirmed", "true", "explanation",
					"  Our textbook counts VirtualBox here.  ");
			assertThat(own.list(owner).get(0).question().explanation())
				.isEqualTo("Our textbook counts VirtualBox here.");
		}

	}

	@Nested
	class BadInput {

		@Test
		void tooFewOptionsIsAFormErrorAndSavedQuestionsStay() {
			String owner = instructor("bad");
			post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "3");
			MvcTestResult result = post(owner, "question", "Which is a VM tool?", "options", "A. Docker");
			assertThat(result).hasStatusOk();
			assertThat(body(result)).contains("Give between 2 and 5 options, one per line.")
				.contains(">Which is a VM tool?</textarea>")
				.contains("id=\"own-saved-list\"")
				.contains(ZH_STEM_SAVED);
			assertThat(own.list(owner)).hasSize(1);
		}

		@Test
		void sixOptionsAreMoreThanALiveClassCanShow() {
			MvcTestResult result = post(instructor("six"), "question", ZH_STEM, "options",
					ZH_OPTIONS + "\nE. QEMU\nF. Xen");
			assertThat(body(result)).contains("Give between 2 and 5 options, one per line.");
		}

		@Test
		void aQuestionTheCheckerCannotReadSaysSoWithExamples() {
			String owner = instructor("unread");
			MvcTestResult result = post(owner, "question", "What colour is the sky?", "options", "A. Blue\nB. Green",
					"key", "0");
			assertThat(result).hasStatusOk();
			assertThat(body(result)).contains("The checker cannot tell what this question asks")
				.contains("id=\"own-examples\"");
			assertThat(own.list(owner)).isEmpty();
		}

		@Test
		void optionsWithoutAStemAreRefused() {
			assertThat(body(post(instructor("nostem"), "question", "", "options", ZH_OPTIONS)))
				.contains("Paste the question itself too, not only the options.");
		}

		@Test
		void aKeyOutsideTheOptionsIsRefused() {
			String owner = instructor("key");
			assertThat(body(post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "7", "confirmed", "true")))
				.contains("Choose one of the options as the answer.");
			assertThat(own.list(owner)).isEmpty();
		}

		@Test
		void studentsCannotReachThePage() {
			assertThat(mvc.get().uri("/instructor/questions")).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.contains("/login");
			assertThat(mvc.post()
				.uri("/instructor/questions")
				.with(csrf())
				.param("question", ZH_STEM)
				.param("options", ZH_OPTIONS)
				.param("key", "3")).hasStatus(HttpStatus.FOUND).redirectedUrl().contains("/login");
		}

		@Test
		void anotherInstructorCannotDeleteAQuestion() {
			String owner = instructor("mine");
			post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "3");
			long id = own.list(owner).get(0).id();
			mvc.post()
				.uri("/instructor/questions/{id}/delete", id)
				.with(csrf())
				.with(user(instructor("other")).roles("INSTRUCTOR"))
				.exchange();
			assertThat(own.list(owner)).hasSize(1);
			mvc.post()
				.uri("/instructor/questions/{id}/delete", id)
				.with(csrf())
				.with(user(owner).roles("INSTRUCTOR"))
				.exchange();
			assertThat(own.list(owner)).isEmpty();
		}

	}

	@Nested
	class InSessions {

		@Test
		void aQuestionSavedFromALobbyIsAddedToTheSessionAndPlaysLive() {
			String owner = instructor("live");
			String code = session("zh-CN");
			assertThat(post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "3", "session", code))
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/instructor/questions?session=" + code);
			assertThat(sessions.snapshot(code).questionCount()).isEqualTo(4);
			String ann = sessions.join(code, "Ann");
			sessions.start(code);
			sessions.next(code);
			sessions.next(code);
			sessions.next(code);
			LiveSessions.Console console = sessions.console(code);
			assertThat(console.question().stem()).isEqualTo(ZH_STEM_SAVED);
			sessions.answer(code, ann, console.snapshot().questionId(), "D").join();
			sessions.reveal(code);
			assertThat(sessions.state(code, ann).score()).isEqualTo(1);
			sessions.finish(code);

			String results = body(mvc.get()
				.uri("/instructor/sessions/{c}/results?lang=en", code)
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.exchange());
			assertThat(results).contains(ZH_STEM_SAVED).contains("Teacher’s question").contains("Docker");
			String csv = body(mvc.get()
				.uri("/instructor/sessions/{c}/responses.csv", code)
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.exchange());
			assertThat(csv).contains("Ann,4,D: Docker,true,");
			assertThat(mvc.get().uri("/api/sessions/{c}/results", code).with(user(INSTRUCTOR).roles("INSTRUCTOR")))
				.bodyJson()
				.extractingPath("$.questions[3].type")
				.isEqualTo("TEACHER");
		}

		@Test
		void aSessionThatStartedRefusesTheQuestionButItIsSaved() {
			String owner = instructor("late");
			String code = session("zh-CN");
			sessions.start(code);
			post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "3", "session", code);
			assertThat(own.list(owner)).hasSize(1);
			assertThat(sessions.snapshot(code).questionCount()).isEqualTo(3);
			String page = body(mvc.get()
				.uri("/instructor/questions?session={c}&lang=en", code)
				.with(user(owner).roles("INSTRUCTOR"))
				.exchange());
			assertThat(page).contains("This session has already started").doesNotContain("id=\"own-mix\"");
		}

		@Test
		void mixingPutsEveryQuestionInTheSessionsLanguageAmongTheGeneratedOnes() {
			String owner = instructor("mix");
			post(owner, "question", ZH_STEM, "options", ZH_OPTIONS, "key", "3");
			post(owner, "question", "下列属于虚拟机软件的是", "options", "A. Docker\nB. VirtualBox\nC. Chrome", "key", "1");
			post(owner, "question", "Which of the following is not a hypervisor?", "options",
					"A. Xen\nB. KVM\nC. Docker", "key", "2");
			String code = session("zh-CN");
			assertThat(mvc.post()
				.uri("/instructor/questions/mix")
				.param("session", code)
				.with(csrf())
				.with(user(owner).roles("INSTRUCTOR"))).hasStatus(HttpStatus.FOUND);
			assertThat(sessions.snapshot(code).questionCount()).isEqualTo(5);
			sessions.start(code);
			int teachers = 0;
			for (int i = 0; i < 5; i++) {
				Question q = sessions.console(code).question();
				assertThat(q.lang()).isEqualTo("zh-CN");
				teachers += (q.type() == QuestionType.TEACHER) ? 1 : 0;
				sessions.next(code);
			}
			assertThat(teachers).isEqualTo(2);
		}

		@Test
		void anUnknownSessionIsNotFound() {
			assertThat(mvc.get().uri("/instructor/questions?session=ZZZZZZ").with(user(INSTRUCTOR).roles("INSTRUCTOR")))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Nested
	class InPractice {

		@Test
		void practiceMixesInSharedQuestionsUpToHalfAndOnlyWhenAsked() {
			String owner = instructor("practice");
			for (int i = 0; i < 8; i++) {
				post(owner, "question", "Which of the following is not a hypervisor? (" + i + ")", "options",
						"A. Xen\nB. KVM\nC. Docker", "key", "2", "inPractice", "true");
			}
			try {
				practiceMixesIn();
			}
			finally {
				own.list(owner).forEach((q) -> own.delete(owner, q.id()));
			}
		}

		private void practiceMixesIn() {
			QuizSpec spec = new QuizSpec(List.of(QuestionType.VM_TOOL), 10, 4, Difficulty.EASY, Locale.ENGLISH);
			PracticeService.AttemptView with = practice.start("visitor-" + System.nanoTime(), spec, true);
			long teachers = with.items().stream().filter((i) -> i.question().type() == QuestionType.TEACHER).count();
			assertThat(with.count()).isEqualTo(10);
			assertThat(teachers).isEqualTo(5);
			assertThat(with.items()).allSatisfy((i) -> assertThat(i.question().lang()).isEqualTo("en"));
			PracticeService.AttemptView without = practice.start("visitor-" + System.nanoTime(), spec, false);
			assertThat(without.items())
				.noneSatisfy((i) -> assertThat(i.question().type()).isEqualTo(QuestionType.TEACHER));
		}

	}

}
