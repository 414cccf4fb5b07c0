package org.virtclass.lab;

import java.nio.file.Path;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port with a temporary data directory, the real guest kernel,
 * and the real accelerator detection (with a shorter canary watchdog than production).
 * Test classes that extend this share one application context, and so one canary boot.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("lab")
@ExtendWith(LabTestSupport.class)
@ResourceLock(LabTestSupport.PROCESSES)
abstract class LabAppTestBase {

	static final Path DATA_DIR = LabTestSupport.tempDataDir("lab-app");

	@LocalServerPort
	int port;

	/**
	 * Waits until the app has checked the host and built the guest images: runs asked
	 * earlier get 503.
	 */
	@org.junit.jupiter.api.BeforeEach
	void awaitLabReady() {
		LabClient api = LabClient.anonymous(port);
		LabTestSupport.await(java.time.Duration.ofSeconds(120), () -> {
			var caps = api.get("/api/lab/capabilities").json();
			return caps.get("vm").get("available").asBoolean() && caps.get("container").get("available").asBoolean();
		}, "the lab is ready");
	}

	@DynamicPropertySource
	static void labProperties(DynamicPropertyRegistry registry) {
		registry.add("virtclass.data-dir", DATA_DIR::toString);
		registry.add("virtclass.lab.kernel", () -> LabTestSupport.kernel().toString());
		registry.add("virtclass.lab.canary-watchdog", () -> "6s");
		registry.add("virtclass.lab.yield-cpu", () -> LabTestSupport.YIELD_CPU);
		registry.add("virtclass.lab.cgroup", () -> LabTestSupport.CGROUP);
		// the class demo needs an instructor who can sign in
		registry.add("virtclass.accounts.instructor-user", () -> LabInstructor.NAME);
		registry.add("virtclass.accounts.instructor-password", () -> LabInstructor.PASSWORD);
		// The test clients connect from loopback, which the app's default trusts as a
		// local reverse
		// proxy. These tests play students who reach the lab directly, so Tomcat trusts
		// no proxy here
		// and a forwarded address a client writes itself is not believed.
		registry.add("server.tomcat.remoteip.internal-proxies", () -> "");
		// the quiz's start-up warm-up (seconds of answers to warm the JIT) is no part of
		// the lab
		registry.add("virtclass.quiz.warm-up.answers", () -> "0");
	}

}
