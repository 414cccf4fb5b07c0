package org.virtclass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertySource;
import org.virtclass.accounts.MutableClock;
import org.virtclass.accounts.TestPasswords;

/**
 * The whole app on a random port, with its own H2 file database in a fresh data
 * directory. Tests that extend this share one application context, so everything that
 * would make a second one (a bean, a property) is declared here once: the clock is a
 * {@link MutableClock}, which runs with real time until a test moves it forward, and the
 * start-up warm-up class plays one question instead of five (it is there to warm the JIT,
 * which tests do not measure). Passwords are hashed with bcrypt's lowest cost
 * ({@link TestPasswords}). MockMvc prints nothing: by default it formats every request,
 * response and model into a buffer in case the test fails, and for a page whose model
 * holds the knowledge base that costs more than rendering it; the assertions say what
 * went wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "virtclass.accounts.instructor-user=teacher",
				"virtclass.accounts.instructor-password=" + AppTestSupport.PASSWORD,
				"virtclass.quiz.warm-up.answers=50" })
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(AppTestBeans.class)
public abstract class AppTestSupport {

	public static final String INSTRUCTOR = "teacher";

	public static final String PASSWORD = "correct-horse-battery-staple";

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("virtclass-test-");
		registry.add("virtclass.data-dir", dir::toString);
	}

}
