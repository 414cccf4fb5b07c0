package org.virtclass;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out promise with the real parts: PostgreSQL (scripts/test-setup's cluster,
 * database {@code virtclass_cluster}), two app processes from the packaged jar, and
 * Debian's HAProxy in front with round robin and readiness checks. A class plays through
 * HAProxy; one instance is killed with SIGKILL in the middle of a question. Every
 * acknowledged answer must be stored, the class must finish, the instances must agree,
 * and an instructor's login and CSRF token must hold on both.
 */
@Tag("cluster")
class ClusterFailoverTests {

	static final String URL = env("VIRTCLASS_TEST_CLUSTER_DB_URL",
			"jdbc:postgresql://localhost:5432/virtclass_cluster");

	static final String USER = env("VIRTCLASS_TEST_DB_USER", "virtclass_test");

	static final String DB_PASSWORD = env("VIRTCLASS_TEST_DB_PASSWORD", "virtclass_test");

	static final String PASSWORD = "cluster-test-password-1";

	static final int PLAYERS = 24;

	static final int QUESTIONS = 4;

	static Path work;

	static final List<Instance> instances = new ArrayList<>();

	static Process haproxy;

	static int balancerPort;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	record Instance(int port, Path log, Process process) {
	}

	@BeforeAll
	static void startCluster() throws Exception {
		Path jar = Path.of("target/virtclass.jar");
		assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
		try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD); Statement st = c.createStatement()) {
			// A fresh schema: everything the test role owns in this database goes.
			st.execute("DROP OWNED BY " + USER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No PostgreSQL database at " + URL + ": run scripts/test-setup", ex);
		}
		work = Files.createTempDirectory("virtclass-cluster-");
		int first = freePort();
		int second = freePort();
		instances.add(start(jar, first));
		waitReady(instances.get(0));
		// The second starts on the migrated schema, as an operator starts them
		// (deploy/README.md).
		instances.add(start(jar, second));
		waitReady(instances.get(1));
		balancerPort = freePort();
		Path cfg = work.resolve("haproxy.cfg");
		Files.writeString(cfg, """
				defaults
				    mode http
				    option forwardfor
				    timeout connect 2s
				    timeout client 30s
				    timeout server 30s
				    retries 2
				    option redispatch
				frontend virtclass
				    bind 127.0.0.1:%d
				    default_backend app
				backend app
				    balance roundrobin
				    option httpchk GET /actuator/health/readiness
				    http-check expect status 200
				    timeout check 3s
				    default-server inter 500ms fall 2 rise 2
				    server app1 127.0.0.1:%d check
				    server app2 127.0.0.1:%d check
				""".formatted(balancerPort, first, second));
		haproxy = new ProcessBuilder("haproxy", "-db", "-f", cfg.toString()).redirectErrorStream(true)
			.redirectOutput(work.resolve("haproxy.log").toFile())
			.start();
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!ready(balancer("/actuator/health/readiness"))) {
			assertThat(haproxy.isAlive()).as("HAProxy runs: " + Files.readString(work.resolve("haproxy.log"))).isTrue();
			assertThat(System.nanoTime()).as("HAProxy answers").isLessThan(until);
			Thread.sleep(200);
		}
	}

	@AfterAll
	static void stopCluster() {
		if (haproxy != null) {
			haproxy.destroyForcibly();
		}
		instances.forEach((i) -> i.process().destroy());
	}

	@Test
	void aClassSurvivesLosingAnInstanceMidQuestion() throws Exception {
		String code = JsonPath.read(send("POST", balancer("/api/sessions"), basic(),
				"{\"type\":\"NOT_VM_TOOL\",\"questionCount\":" + QUESTIONS + ",\"seed\":11}", 201), "$.code");
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < PLAYERS; i++) {
			tokens.add(JsonPath.read(send("POST", balancer("/api/sessions/" + code + "/players"), Map.of(),
					"{\"nickname\":\"player" + i + "\"}", 201), "$.playerToken"));
		}
		// Players joined through both instances; every token works on each of them.
		for (Instance instance : instances) {
			for (String token : tokens) {
				send("GET", direct(instance, "/api/sessions/" + code + "/state"), Map.of("X-Player-Token", token), null,
						200);
			}
		}
		instructor(code, "start");
		// Acknowledged answers: token -> question id -> option.
		Map<String, Map<Long, String>> acknowledged = new ConcurrentHashMap<>();
		Instance victim = instances.get(0);
		for (int q = 0; q < QUESTIONS; q++) {
			for (int p = 0; p < PLAYERS; p++) {
				if (q == 1 && p == PLAYERS / 2) {
					// Mid-question: half the class has answered, through both instances.
					victim.process().destroyForcibly();
					victim.process().waitFor();
				}
				answer(code, tokens.get(p), p, acknowledged);
			}
			if (q == 0) {
				bothInstancesAgree(code, PLAYERS);
			}
			Map<String, Object> revealed = JsonPath.read(instructor(code, "reveal"), "$");
			assertThat((Integer) revealed.get("answerCount")).as("the reveal counts every answer, from both instances")
				.isEqualTo(countAnswers(code, q));
			instructor(code, "next");
		}
		assertThat((String) JsonPath
			.read(send("GET", balancer("/api/sessions/" + code + "/state"), Map.of(), null, 200), "$.state"))
			.isEqualTo("FINISHED");

		Map<String, Map<Long, Integer>> stored = storedAnswers(code);
		int total = 0;
		for (var e : acknowledged.entrySet()) {
			for (var a : e.getValue().entrySet()) {
				assertThat(stored.getOrDefault(e.getKey(), Map.of()).get(a.getKey()))
					.as("acknowledged answer of %s to question %d is stored", e.getKey(), a.getKey())
					.isEqualTo(a.getValue().charAt(0) - 'A');
				total++;
			}
		}
		assertThat(total).as("answers acknowledged").isGreaterThanOrEqualTo(PLAYERS * QUESTIONS - 2);

		// The killed instance comes back and agrees with the survivor, from the database.
		Instance restarted = start(Path.of("target/virtclass.jar"), victim.port());
		instances.set(0, restarted);
		waitReady(restarted);
		for (Instance instance : instances) {
			String state = send("GET", direct(instance, "/api/sessions/" + code + "/state"),
					Map.of("X-Player-Token", tokens.get(0)), null, 200);
			assertThat((String) JsonPath.read(state, "$.state")).isEqualTo("FINISHED");
			assertThat((Integer) JsonPath.read(state, "$.score")).isEqualTo(correctOf(code, tokens.get(0)));
		}
	}

	@Test
	void anInstructorLoginAndItsCsrfTokenHoldOnEveryInstance() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = browser
			.send(HttpRequest.newBuilder(balancer("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String form = "username=admin&password=" + PASSWORD + "&_csrf=" + enc(csrf(page));
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(balancer("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		String code = JsonPath.read(send("POST", balancer("/api/sessions"), basic(),
				"{\"type\":\"NOT_VM_TOOL\",\"questionCount\":2,\"seed\":3}", 201), "$.code");
		String token = null;
		String csrfCookie = null;
		for (Instance instance : instances) {
			HttpResponse<String> console = get(direct(instance, "/instructor/sessions/" + code),
					Map.of("Cookie", cookie));
			assertThat(console.statusCode()).as("the console on port %d", instance.port()).isEqualTo(200);
			token = csrf(console.body());
			// the form's token pairs with the HttpOnly cookie the same page set
			csrfCookie = console.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((c) -> c.startsWith("VIRTCLASS_CSRF="))
				.findFirst()
				.orElseThrow()
				.split(";")[0];
		}
		// The token from the last instance's page starts the class on the first instance.
		HttpResponse<String> start = http
			.send(HttpRequest.newBuilder(direct(instances.get(0), "/instructor/sessions/" + code + "/start"))
				.header("Cookie", cookie + "; " + csrfCookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat((String) JsonPath.read(
				send("GET", direct(instances.get(1), "/api/sessions/" + code + "/state"), Map.of(), null, 200),
				"$.state"))
			.isEqualTo("QUESTION");
	}

	/**
	 * Answers through HAProxy, retrying what died with the instance; records only
	 * acknowledged answers.
	 */
	private void answer(String code, String token, int p, Map<String, Map<Long, String>> acknowledged)
			throws Exception {
		for (int attempt = 0; attempt < 20; attempt++) {
			try {
				String q = send("GET", balancer("/api/sessions/" + code + "/question"), Map.of("X-Player-Token", token),
						null, 200);
				Number questionId = JsonPath.read(q, "$.questionId");
				List<String> options = JsonPath.read(q, "$.options[*].id");
				String option = options.get(p % options.size());
				HttpResponse<String> r = exchange("POST", balancer("/api/sessions/" + code + "/answers"),
						Map.of("X-Player-Token", token),
						"{\"questionId\":" + questionId + ",\"optionId\":\"" + option + "\"}");
				if (r.statusCode() == 201) {
					acknowledged.computeIfAbsent(token, (t) -> new ConcurrentHashMap<>())
						.put(questionId.longValue(), option);
					return;
				}
				if (r.statusCode() == 409) {
					// Stored on the lost instance, whose answer never arrived: stored but
					// not acknowledged.
					return;
				}
			}
			catch (IOException | AssertionError ex) {
				// The balancer had not noticed the dead instance yet.
			}
			Thread.sleep(250);
		}
		throw new AssertionError("no answer got through for " + token);
	}

	private void bothInstancesAgree(String code, int answers) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		List<Map<String, Object>> views;
		do {
			views = new ArrayList<>();
			for (Instance instance : instances) {
				views.add(JsonPath
					.read(send("GET", direct(instance, "/api/sessions/" + code + "/state"), Map.of(), null, 200), "$"));
			}
		}
		while (!(views.get(0).equals(views.get(1)) && views.get(0).get("answerCount").equals(answers))
				&& System.nanoTime() < until);
		assertThat(views.get(0)).as("within a second, both instances show every answer").isEqualTo(views.get(1));
		assertThat(views.get(0).get("answerCount")).isEqualTo(answers);
	}

	private static String instructor(String code, String action) throws Exception {
		return send("POST", balancer("/api/sessions/" + code + "/" + action), basic(), null, 200);
	}

	private static int countAnswers(String code, int index) throws SQLException {
		try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
				PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM quiz_live_answer a "
						+ "JOIN quiz_live_question q ON q.id = a.question_id JOIN quiz_live_session s ON s.id = q.session_id "
						+ "WHERE s.code = ? AND q.pos = ?")) {
			ps.setString(1, code);
			ps.setInt(2, index);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	private static int correctOf(String code, String token) throws SQLException {
		try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
				PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM quiz_live_answer a "
						+ "JOIN quiz_live_player p ON p.id = a.player_id WHERE p.token = ? AND a.correct")) {
			ps.setString(1, token);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	private static Map<String, Map<Long, Integer>> storedAnswers(String code) throws SQLException {
		Map<String, Map<Long, Integer>> stored = new HashMap<>();
		try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
				PreparedStatement ps = c.prepareStatement("SELECT p.token, a.question_id, a.option_index "
						+ "FROM quiz_live_answer a JOIN quiz_live_player p ON p.id = a.player_id "
						+ "JOIN quiz_live_session s ON s.id = p.session_id WHERE s.code = ?")) {
			ps.setString(1, code);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Integer previous = stored.computeIfAbsent(rs.getString(1), (t) -> new HashMap<>())
						.put(rs.getLong(2), rs.getInt(3));
					assertThat(previous).as("one answer per player and question").isNull();
				}
			}
		}
		return stored;
	}

	private static Instance start(Path jar, int port) throws IOException {
		Path data = Files.createDirectories(work.resolve("data-" + port + "-" + System.nanoTime()));
		Path log = work.resolve("app-" + port + "-" + System.nanoTime() + ".log");
		ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = pb.environment();
		env.put("SPRING_PROFILES_ACTIVE", "postgres");
		env.put("SERVER_PORT", Integer.toString(port));
		env.put("VIRTCLASS_DATA_DIR", data.toString());
		env.put("VIRTCLASS_DB_URL", URL);
		env.put("VIRTCLASS_DB_USER", USER);
		env.put("VIRTCLASS_DB_PASSWORD", DB_PASSWORD);
		env.put("VIRTCLASS_INSTRUCTOR_PASSWORD", PASSWORD);
		env.put("VIRTCLASS_QUIZ_WARMUP_ANSWERS", "0");
		env.put("VIRTCLASS_QUIZ_LIVE_JOINSPERMINUTE", "10000");
		return new Instance(port, log, pb.start());
	}

	private static void waitReady(Instance instance) throws Exception {
		long until = System.nanoTime() + Duration.ofMinutes(8).toNanos();
		while (System.nanoTime() < until) {
			if (!instance.process().isAlive()) {
				throw new AssertionError("instance on " + instance.port() + " died:\n" + tail(instance.log()));
			}
			if (ready(direct(instance, "/actuator/health/readiness"))) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("instance on " + instance.port() + " not ready:\n" + tail(instance.log()));
	}

	private static boolean ready(URI health) throws Exception {
		try {
			return get(health, Map.of()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false; // not listening yet
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static String send(String method, URI uri, Map<String, String> headers, String json, int expected)
			throws Exception {
		HttpResponse<String> r = exchange(method, uri, headers, json);
		assertThat(r.statusCode()).as("%s %s: %s", method, uri, r.body()).isEqualTo(expected);
		return r.body();
	}

	private static HttpResponse<String> exchange(String method, URI uri, Map<String, String> headers, String json)
			throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
		headers.forEach(b::header);
		if (json != null) {
			b.header("Content-Type", "application/json");
		}
		b.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
		return exchange("GET", uri, headers, null);
	}

	private static Map<String, String> basic() {
		return Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static URI balancer(String path) {
		return URI.create("http://127.0.0.1:" + balancerPort + path);
	}

	private static URI direct(Instance instance, String path) {
		return URI.create("http://127.0.0.1:" + instance.port() + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
