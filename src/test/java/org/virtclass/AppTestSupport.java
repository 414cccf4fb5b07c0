package org.virtclass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port, with its own H2 file database in a fresh data directory. Tests
 * that extend this share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "virtclass.accounts.instructor-user=teacher", "virtclass.accounts.instructor-password=" + AppTestSupport.PASSWORD })
@AutoConfigureMockMvc
public abstract class AppTestSupport {

	public static final String INSTRUCTOR = "teacher";

	public static final String PASSWORD = "correct-horse-battery-staple";

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("virtclass-test-");
		registry.add("virtclass.data-dir", dir::toString);
	}

}
