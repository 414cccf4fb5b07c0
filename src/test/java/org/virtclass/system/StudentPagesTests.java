package org.virtclass.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizSpec;
import org.virtclass.quiz.domain.PracticeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every page a student can open, in both languages, shows words and never an enum
 * constant ({@code OCI_IMAGE}, {@code HOST_OS}) or a fact key ({@code guestOwnKernel}):
 * the tool pages and the classifier started from every tool, the checker's answer, and a
 * whole practice of every question type.
 */
class StudentPagesTests extends AppTestSupport {

	/** What an enum constant looks like: capitals joined by underscores. */
	private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	/** The facts' keys; "contested", a word too, is left out. */
	private static final Pattern FACT_KEY = Pattern
		.compile("\\b(?:" + String.join("|", ToolFacts.CONTESTABLE) + ")\\b");

	private static final List<String> LANGS = List.of("en", "zh_CN");

	private static final String SEED_QUESTION = "以下软件中不属于虚拟机工具软件的是（  ）\n"
			+ "A. VMware Workstation\nB. Oracle VirtualBox\nC. Microsoft Hyper-V\nD. Docker";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	PracticeService practice;

	@TestFactory
	Stream<DynamicTest> everyStudentPageShowsWordsNotIdentifiers() {
		List<String> paths = new ArrayList<>(
				List.of("/", "/tools", "/criteria", "/claims", "/classify", "/compare", "/compare?a=kvm&b=gvisor",
						"/compare?b=foo", "/check", "/check?example=en", "/practice", "/join", "/lab"));
		for (ToolEntry tool : this.knowledgeBase.tools()) {
			paths.add("/tools/" + tool.slug());
			paths.add("/classify?from=" + tool.slug());
		}
		List<String> urls = LANGS.stream()
			.flatMap((lang) -> paths.stream().map((path) -> path + (path.contains("?") ? "&" : "?") + "lang=" + lang))
			.toList();
		// Rendering is what takes the time, and the pages do not depend on each other:
		// render them on
		// every core at once, then check each page in its own test.
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			Map<String, Future<Page>> pages = new LinkedHashMap<>();
			for (String url : urls) {
				pages.put(url, pool.submit(() -> Page.of(this.mvc.get().uri(url).exchange())));
			}
			return urls.stream()
				.map((url) -> DynamicTest.dynamicTest(url, () -> assertSpeaksToStudents(url, pages.get(url).get())));
		}
		finally {
			pool.shutdown(); // the pages already asked for are still rendered
		}
	}

	@Test
	void theCheckersAnswerShowsWordsNotIdentifiers() throws Exception {
		for (String lang : LANGS) {
			assertSpeaksToStudents("POST /check " + lang,
					this.mvc.post()
						.uri("/check?lang=" + lang)
						.with(csrf())
						.param("question", SEED_QUESTION)
						.exchange());
		}
	}

	@Test
	void aPracticeOfEveryQuestionTypeShowsWordsNotIdentifiers() throws Exception {
		String visitor = "33333333-3333-3333-3333-333333333333";
		Cookie cookie = new Cookie("VIRTCLASS_VISITOR", visitor);
		for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
			for (Difficulty difficulty : Difficulty.values()) {
				var attempt = this.practice.start(visitor,
						new QuizSpec(QuestionType.generated(), 12, 4, difficulty, locale));
				String lang = locale.equals(Locale.ENGLISH) ? "en" : "zh_CN";
				assertThat(attempt.items()).isNotEmpty();
				for (int i = 0; i < attempt.items().size(); i++) {
					var now = this.practice.find(attempt.id(), visitor).orElseThrow();
					int position = now.position();
					int options = now.current().question().options().size();
					String page = "/practice/" + attempt.id() + "?lang=" + lang;
					assertSpeaksToStudents(page, this.mvc.get().uri(page).cookie(cookie).exchange());
					this.practice.answer(attempt.id(), visitor, position, position % options);
					assertSpeaksToStudents(page + " (answered)", this.mvc.get().uri(page).cookie(cookie).exchange());
					this.practice.next(attempt.id(), visitor, position);
				}
				assertThat(this.practice.find(attempt.id(), visitor).orElseThrow().finished()).as("every item answered")
					.isTrue();
				String review = "/practice/" + attempt.id() + "/review?lang=" + lang;
				assertSpeaksToStudents(review, this.mvc.get().uri(review).cookie(cookie).exchange());
			}
		}
	}

	private static void assertSpeaksToStudents(String what, MvcTestResult result) throws Exception {
		assertSpeaksToStudents(what, Page.of(result));
	}

	private static void assertSpeaksToStudents(String what, Page page) {
		assertThat(page.status()).as("status of %s", what).isEqualTo(200);
		assertThat(page.enumConstants()).as("enum constants shown on %s", what).isEmpty();
		assertThat(page.factKeys()).as("fact keys shown on %s", what).isEmpty();
	}

	/** What the checks need of a rendered page, found on the thread that rendered it. */
	private record Page(int status, List<String> enumConstants, List<String> factKeys) {

		static Page of(MvcTestResult result) throws Exception {
			String text = visibleText(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			return new Page(result.getResponse().getStatus(), found(ENUM_CONSTANT, text), found(FACT_KEY, text));
		}

	}

	/** The text a reader sees: no tags, attributes, scripts, styles or comments. */
	static String visibleText(String html) {
		return html.replaceAll("(?is)<(script|style|template)\\b.*?</\\1>", " ")
			.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replaceAll("https?://\\S+", " "); // a source's address is shown as it is
	}

	private static List<String> found(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int from = Math.max(0, m.start() - 40);
			int to = Math.min(text.length(), m.end() + 40);
			found.add(m.group() + " in «" + text.substring(from, to).replaceAll("\\s+", " ").strip() + "»");
		}
		return found;
	}

}
