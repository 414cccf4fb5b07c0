package org.virtclass.quiz.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.virtclass.AppTestSupport;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the push channel carries (issue 11): a phone hears of phase changes only, never of
 * another player's answer, and each phone hears its own state; the projector's count
 * moves with the answers, coalesced to a few pushes, and ends at the true figure.
 */
class LiveBroadcasterTests extends AppTestSupport {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	LiveSessions sessions;

	@LocalServerPort
	int port;

	@Test
	void anAnswerPushesNothingToThePhonesAndTheRevealReachesEveryPhone() throws Exception {
		String code = create();
		// a nickname beyond ASCII: the pushed text must arrive as UTF-8
		String ann = this.sessions.join(code, "安妮");
		String bob = this.sessions.join(code, "Bob");
		HttpClient client = HttpClient.newHttpClient();
		try (Stream annStream = Stream.open(client, uri("/api/sessions/" + code + "/player-events"), ann);
				Stream bobStream = Stream.open(client, uri("/api/sessions/" + code + "/player-events"), bob)) {
			waitUntil(() -> annStream.count() == 1 && bobStream.count() == 1, 10);
			LiveSessions.Snapshot open = this.sessions.start(code);
			waitUntil(() -> annStream.count() == 2 && bobStream.count() == 2, 10);

			Question q = this.sessions.console(code).question();
			this.sessions.answer(code, bob, open.questionId(), Question.letter(q.answerIndex())).join();
			// several ticks of the projector's coalescing: an answer pushed to phones
			// would have arrived by now
			Thread.sleep(4 * LiveBroadcaster.PERIOD_MS);
			assertThat(annStream.count()).as("events on Ann's phone after Bob answered").isEqualTo(2);
			assertThat(bobStream.count()).as("events on Bob's phone after his own answer").isEqualTo(2);

			this.sessions.reveal(code);
			waitUntil(() -> annStream.count() == 3 && bobStream.count() == 3, 10);
			assertThat(annStream.states()).containsExactly("LOBBY", "QUESTION", "REVEALED");
			assertThat(bobStream.states()).containsExactly("LOBBY", "QUESTION", "REVEALED");
			// each phone gets its own state, not a copy of someone else's
			String annRevealed = annStream.data().get(2);
			String bobRevealed = bobStream.data().get(2);
			assertThat((String) JsonPath.read(annRevealed, "$.nickname")).isEqualTo("安妮");
			assertThat((Boolean) JsonPath.read(annRevealed, "$.answered")).isFalse();
			assertThat((String) JsonPath.read(bobRevealed, "$.nickname")).isEqualTo("Bob");
			assertThat((Boolean) JsonPath.read(bobRevealed, "$.correct")).isTrue();
			assertThat((Integer) JsonPath.read(bobRevealed, "$.rank")).isEqualTo(1);
			assertThat((Integer) JsonPath.read(annRevealed, "$.rank")).isEqualTo(2);
			// the same JSON as polling the state: the phone renders either the same way
			HttpResponse<String> polled = client.send(HttpRequest.newBuilder(uri("/api/sessions/" + code + "/state"))
				.header("X-Player-Token", ann)
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(polled.statusCode()).isEqualTo(200);
			assertThat((Object) JsonPath.parse(annRevealed).json()).isEqualTo(JsonPath.parse(polled.body()).json());
		}
	}

	@Test
	void theProjectorCountIsCoalescedButArrives() throws Exception {
		String code = create();
		int players = 24;
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < players; i++) {
			tokens.add(this.sessions.join(code, "Player " + i));
		}
		HttpClient teacher = signIn();
		try (Stream projector = Stream.open(teacher, uri("/instructor/sessions/" + code + "/events"), null)) {
			waitUntil(() -> projector.count() == 1, 10);
			LiveSessions.Snapshot open = this.sessions.start(code);
			waitUntil(() -> projector.states().contains("QUESTION"), 10);
			int before = projector.count();

			List<CompletableFuture<Void>> answers = new ArrayList<>();
			for (int i = 0; i < players; i++) {
				answers.add(this.sessions.answer(code, tokens.get(i), open.questionId(), Question.letter(i % 3)));
			}
			answers.forEach(CompletableFuture::join);
			waitUntil(() -> lastAnswerCount(projector) == players, 10);

			List<String> during = projector.data().subList(before, projector.count());
			assertThat(during)
				.allSatisfy((json) -> assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("QUESTION"));
			// the count only ever rises, and far fewer pushes than answers carried it
			List<Integer> counts = during.stream()
				.map((json) -> (Integer) JsonPath.read(json, "$.answerCount"))
				.toList();
			assertThat(counts).isSorted();
			assertThat(counts).hasSizeLessThan(players / 2);
			// counts per option stay back until the reveal
			assertThat(during)
				.allSatisfy((json) -> assertThat((List<?>) JsonPath.read(json, "$.optionCounts")).isEmpty());
		}
	}

	private static int lastAnswerCount(Stream stream) {
		List<String> data = stream.data();
		return data.isEmpty() ? -1 : JsonPath.read(data.get(data.size() - 1), "$.answerCount");
	}

	private String create() {
		return this.sessions.create(new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 2, 4, Difficulty.EASY,
				Locale.ENGLISH, 7L, null, false, false), INSTRUCTOR);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** The teacher's browser: signed in through the login form, with its cookie. */
	private HttpClient signIn() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on the login page").isTrue();
		String form = "username=" + INSTRUCTOR + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	private static void waitUntil(BooleanSupplier condition, int seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(end);
			Thread.sleep(20);
		}
	}

	/** One open event stream and the data of every event it carried so far. */
	private static final class Stream implements AutoCloseable {

		private final List<String> data = new ArrayList<>();

		private final InputStream body;

		private final CompletableFuture<Void> reading;

		private Stream(InputStream body) {
			this.body = body;
			this.reading = CompletableFuture.runAsync(this::read);
		}

		static Stream open(HttpClient client, URI uri, String playerToken) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
			if (playerToken != null) {
				request.header("X-Player-Token", playerToken);
			}
			HttpResponse<InputStream> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			return new Stream(response.body());
		}

		private void read() {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					if (line.startsWith("data:")) {
						synchronized (this.data) {
							this.data.add(line.substring(5));
						}
					}
				}
			}
			catch (IOException ex) {
				// closed by the test
			}
		}

		int count() {
			synchronized (this.data) {
				return this.data.size();
			}
		}

		List<String> data() {
			synchronized (this.data) {
				return new ArrayList<>(this.data);
			}
		}

		List<String> states() {
			return data().stream().map((json) -> (String) JsonPath.read(json, "$.state")).toList();
		}

		@Override
		public void close() throws IOException {
			this.reading.cancel(true);
			this.body.close();
		}

	}

}
