package org.virtclass;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the vendored axe-core (test resource {@code axe/axe.min.js}) in the page a browser
 * shows, against WCAG 2.0/2.1/2.2 levels A and AA and axe's best practices. Serious and
 * critical violations of a WCAG rule fail the test; everything else (moderate and minor
 * ones, best practices) is printed. Every check also appends one line to
 * {@code target/axe-report.txt}, so the counts per page can be read after a run
 * ({@link AxeReport} prints them as a table).
 */
public final class Axe {

	/** The WCAG rules that fail a test when serious or critical. */
	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** Run too, but only listed: heading order, one h1 and the like. */
	private static final String BEST_PRACTICE = "best-practice";

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then(function (r) {
			    done(r.violations.map(function (v) {
			      return { id: v.id, impact: v.impact || 'minor', help: v.help, tags: v.tags,
			        targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
			    }));
			  })
			  .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), tags: [], targets: [] }]); });
			""";

	private static String source;

	private Axe() {
	}

	/**
	 * Checks the page {@code driver} shows now; {@code state} names it in the output (a
	 * page and what is open on it, such as "tools: search results").
	 */
	@SuppressWarnings("unchecked")
	public static void check(WebDriver driver, String state) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(source());
		}
		// at the top of the page, so that the sticky header covers nothing that a test
		// scrolled to
		js.executeScript("window.scrollTo(0, 0);");
		Duration before = driver.manage().timeouts().getScriptTimeout();
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		List<Map<String, Object>> violations;
		try {
			List<String> tags = new ArrayList<>(TAGS);
			tags.add(BEST_PRACTICE);
			violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN, tags);
		}
		finally {
			driver.manage().timeouts().scriptTimeout(before);
		}
		List<String> failing = new ArrayList<>();
		List<String> reported = new ArrayList<>();
		int[] counts = new int[4];
		for (Map<String, Object> v : violations) {
			String impact = (String) v.get("impact");
			List<String> targets = (List<String>) v.get("targets");
			String line = v.get("id") + " (" + impact + ", " + targets.size() + "): " + v.get("help") + " at "
					+ String.join(" | ", targets.subList(0, Math.min(targets.size(), 8)))
					+ (targets.size() > 8 ? " | …" : "");
			int rank = switch (impact) {
				case "critical" -> 0;
				case "serious" -> 1;
				case "moderate" -> 2;
				default -> 3;
			};
			boolean wcag = ((List<String>) v.get("tags")).stream().anyMatch(TAGS::contains)
					|| "axe-error".equals(v.get("id"));
			if (!wcag) {
				line = "best practice: " + line;
			}
			counts[rank] += targets.size();
			((rank <= 1 && wcag) ? failing : reported).add(line);
		}
		String summary = String.format("axe %s [%s]: critical=%d serious=%d moderate=%d minor=%d", state,
				driver.getCurrentUrl().replaceFirst("^https?://[^/]+", ""), counts[0], counts[1], counts[2], counts[3]);
		System.out.println(summary);
		reported.forEach((r) -> System.out.println("  " + r));
		failing.forEach((r) -> System.out.println("  FAIL " + r));
		record(summary, failing, reported);
		assertThat(failing).as("serious or critical accessibility violations on %s", state).isEmpty();
	}

	private static void record(String summary, List<String> failing, List<String> reported) {
		try {
			Path report = Path.of("target/axe-report.txt");
			Files.createDirectories(report.getParent());
			List<String> lines = new ArrayList<>();
			lines.add(summary);
			failing.forEach((f) -> lines.add("  FAIL " + f));
			reported.forEach((r) -> lines.add("  " + r));
			Files.write(report, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static synchronized String source() {
		if (source == null) {
			try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
				assertThat(in).as("test resource axe/axe.min.js").isNotNull();
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}
