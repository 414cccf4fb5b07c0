package org.virtclass.lab;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class demo with real QEMU and runc: an instructor starts it, {@value #VIEWERS}
 * viewers watch on their own sockets without logging in, and all of them receive the same
 * bytes of both consoles after the instructor types; a viewer's keys reach no guest; the
 * instructor is told the viewer count as it changes.
 */
class ClassDemoTests extends LabAppTestBase {

	static final int VIEWERS = 100;

	private static final Pattern ATTRIBUTE = Pattern.compile("data-(code|vm-run|container-run)=\"([^\"]+)\"");

	private final List<LabInstructor.Screen> screens = new ArrayList<>();

	private LabInstructor teacher;

	private String code;

	@AfterEach
	void stopTheDemo() {
		screens.forEach((s) -> {
			try {
				s.close();
			}
			catch (RuntimeException ex) {
				// closed already
			}
		});
		if (teacher != null && code != null) {
			teacher.postForm("/instructor/lab/demo", "/instructor/lab/demo/" + code + "/stop", Map.of());
		}
	}

	@Test
	void aHundredViewersReceiveTheSameOutputAndCannotType() throws Exception {
		teacher = LabInstructor.signIn(port);
		HttpResponse<String> started = teacher.postForm("/instructor/lab/demo", "/instructor/lab/demo", Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		Map<String, String> page = attributes(teacher.get("/instructor/lab/demo").body());
		code = page.get("code");
		assertThat(code).matches("[A-Z2-9]{6}");

		LabClient api = LabClient.anonymous(port);
		api.awaitState(page.get("vm-run"), "RUNNING", Duration.ofSeconds(120));
		api.awaitState(page.get("container-run"), "RUNNING", Duration.ofSeconds(60));
		assertThat(api.delete("/api/lab/runs/" + page.get("vm-run")).status())
			.as("nobody stops a demo run through the students' API")
			.isEqualTo(403);

		LabInstructor.Screen instructor = teacher.screen(code);
		screens.add(instructor);
		LabTestSupport.await(Duration.ofSeconds(10), () -> instructor.notices().contains("{\"control\":true}"),
				"the instructor's screen controls the demo: " + instructor.notices());

		List<CompletableFuture<LabInstructor.Screen>> connecting = new ArrayList<>();
		for (int i = 0; i < VIEWERS; i++) {
			connecting.add(LabInstructor.Screen.viewerAsync(port, code));
		}
		List<LabInstructor.Screen> viewers = new ArrayList<>();
		for (CompletableFuture<LabInstructor.Screen> c : connecting) {
			viewers.add(c.get(60, TimeUnit.SECONDS));
		}
		screens.addAll(viewers);
		LabTestSupport.await(Duration.ofSeconds(30), () -> instructor.lastViewerCount() == VIEWERS,
				"the instructor is told " + VIEWERS + " viewers (last: " + instructor.lastViewerCount() + ")");
		assertThat(viewers).allSatisfy((v) -> assertThat(v.notices()).contains("{\"control\":false}"));

		// A viewer tries every way to type: each console, both, and a frame without a
		// console letter.
		LabInstructor.Screen intruder = viewers.get(VIEWERS / 2);
		for (String frame : List.of("Becho viewer-$((50+5))\r", "Vecho viewer-$((50+5))\r", "Cecho viewer-$((50+5))\r",
				"echo viewer-$((50+5))\r")) {
			intruder.send(frame);
		}
		LabTestSupport.await(Duration.ofSeconds(10), () -> intruder.notices().contains("{\"input\":\"READ_ONLY\"}"),
				"the viewer is told it only watches: " + intruder.notices());

		instructor.send("Becho demo-$((40+2))\r");
		instructor.send("Becho end-$((1+1))\r");
		for (LabInstructor.Screen s : screens) {
			LabTestSupport.await(Duration.ofSeconds(60),
					() -> s.vm().contains("end-2") && s.container().contains("end-2"),
					"every screen shows the end of both commands");
		}
		String vmShown = between(instructor.vm());
		String containerShown = between(instructor.container());
		assertThat(vmShown).contains("demo-42");
		assertThat(containerShown).contains("demo-42");
		for (LabInstructor.Screen v : viewers) {
			assertThat(between(v.vm())).as("the VM console of a viewer").isEqualTo(vmShown);
			assertThat(between(v.container())).as("the container console of a viewer").isEqualTo(containerShown);
			assertThat(v.vm() + v.container()).as("a viewer's keys reached no guest").doesNotContain("viewer-");
		}

		for (int i = 0; i < 40; i++) {
			viewers.get(i).close();
		}
		LabTestSupport.await(Duration.ofSeconds(15), () -> instructor.lastViewerCount() == VIEWERS - 40,
				"the count follows viewers who leave (last: " + instructor.lastViewerCount() + ")");

		teacher.postForm("/instructor/lab/demo", "/instructor/lab/demo/" + code + "/stop", Map.of());
		api.awaitState(page.get("vm-run"), "FINISHED", Duration.ofSeconds(15));
		api.awaitState(page.get("container-run"), "FINISHED", Duration.ofSeconds(15));
		LabTestSupport.await(Duration.ofSeconds(10),
				() -> viewers.get(VIEWERS - 1).notices().contains("{\"closed\":\"VM\",\"state\":\"FINISHED\"}"),
				"viewers learn that the demo ended");
	}

	@Test
	void anUnknownCodeGetsASentenceNotAConsole() throws Exception {
		LabClient.Response page = LabClient.anonymous(port).get("/lab/demo/ZZZZZZ?lang=en");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("There is no class demo with this code").doesNotContain("demo-terminal-vm");
		LabInstructor.Screen viewer = LabInstructor.Screen.viewer(port, "ZZZZZZ");
		LabTestSupport.await(Duration.ofSeconds(10), () -> viewer.closeCode() == 4404,
				"the socket is closed with 4404");
	}

	/**
	 * From the instructor's first command to the end of its second: what every screen
	 * must show alike.
	 */
	private static String between(String console) {
		int from = console.indexOf("echo demo-");
		int to = console.indexOf("end-2", console.indexOf("echo end-") + "echo end-".length());
		assertThat(from).as("the first command in " + console).isNotNegative();
		assertThat(to).as("the second command's output").isGreaterThan(from);
		return console.substring(from, to + "end-2".length());
	}

	private static Map<String, String> attributes(String html) {
		Map<String, String> found = new java.util.HashMap<>();
		Matcher m = ATTRIBUTE.matcher(html);
		while (m.find()) {
			found.putIfAbsent(m.group(1), m.group(2));
		}
		return found;
	}

}
