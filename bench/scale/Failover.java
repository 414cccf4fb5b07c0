import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failover time through a balancer: one player polls a live session's state every 10 ms (what a
 * phone does, only faster) while the instance with the given pid is killed with SIGKILL. Prints how
 * many requests failed, the longest time without a good answer, and the time from the kill until an
 * answer to the open question is acknowledged. It asserts nothing.
 *
 *   java bench/scale/Failover.java --url http://127.0.0.1:18680 --password secret --kill PID
 */
public class Failover {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	public static void main(String[] args) throws Exception {
		String base = "http://127.0.0.1:18680";
		String user = "admin";
		String password = "";
		long pid = -1;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--url" -> base = args[i + 1].replaceAll("/$", "");
				case "--user" -> user = args[i + 1];
				case "--password" -> password = args[i + 1];
				case "--kill" -> pid = Long.parseLong(args[i + 1]);
				default -> throw new IllegalArgumentException(args[i]);
			}
		}
		String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		String code = field(call(base + "/api/sessions", "POST", basic, null,
				"{\"type\":\"NOT_VM_TOOL\",\"questionCount\":2,\"seed\":1}").body(), "code");
		String token = field(call(base + "/api/sessions/" + code + "/players", "POST", null, null,
				"{\"nickname\":\"failover\"}").body(), "playerToken");
		call(base + "/api/sessions/" + code + "/start", "POST", basic, null, null);
		String question = call(base + "/api/sessions/" + code + "/question", "GET", null, token, null).body();
		String questionId = Pattern.compile("\"questionId\":(\\d+)").matcher(question).results().findFirst()
			.orElseThrow().group(1);

		long started = System.nanoTime();
		long killedAt = -1;
		long lastGood = System.nanoTime();
		long longestGap = 0;
		int failed = 0;
		int requests = 0;
		while (System.nanoTime() - started < Duration.ofSeconds(10).toNanos()) {
			if (killedAt < 0 && System.nanoTime() - started > Duration.ofSeconds(2).toNanos()) {
				ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process to kill"))
					.destroyForcibly();
				killedAt = System.nanoTime();
			}
			requests++;
			boolean ok;
			try {
				ok = call(base + "/api/sessions/" + code + "/state", "GET", null, token, null).statusCode() == 200;
			}
			catch (Exception ex) {
				ok = false;
			}
			long now = System.nanoTime();
			if (ok) {
				longestGap = Math.max(longestGap, now - lastGood);
				lastGood = now;
			}
			else {
				failed++;
			}
			Thread.sleep(10);
		}
		long answeredAfter = -1;
		while (answeredAfter < 0 && System.nanoTime() - killedAt < Duration.ofSeconds(30).toNanos()) {
			try {
				int status = call(base + "/api/sessions/" + code + "/answers", "POST", null, token,
						"{\"questionId\":" + questionId + ",\"optionId\":\"A\"}").statusCode();
				if (status == 201) {
					answeredAfter = System.nanoTime() - killedAt;
				}
			}
			catch (Exception ex) {
				// try again
			}
		}
		System.out.printf("failover: %d state requests, %d failed, longest gap without an answer %d ms%n", requests,
				failed, longestGap / 1_000_000);
		System.out.printf("failover: first acknowledged answer %d ms after the kill (it was sent after the 10 s poll)%n",
				answeredAfter / 1_000_000);
	}

	static HttpResponse<String> call(String url, String method, String auth, String token, String json) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
		if (auth != null) {
			b.header("Authorization", auth);
		}
		if (token != null) {
			b.header("X-Player-Token", token);
		}
		if (json != null) {
			b.header("Content-Type", "application/json");
		}
		b.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

}
