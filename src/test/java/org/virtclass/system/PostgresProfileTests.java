package org.virtclass.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postgres profile against a real PostgreSQL server (scripts/test-setup starts one):
 * every migration applies, the schema validates, and the knowledge base loads.
 */
@SpringBootTest(properties = { "spring.flyway.clean-disabled=false",
		"virtclass.accounts.instructor-password=pg-test-password-1" })
@ActiveProfiles("postgres")
@AutoConfigureMockMvc
@Tag("postgres")
class PostgresProfileTests {

	static final String URL = env("VIRTCLASS_TEST_DB_URL", "jdbc:postgresql://localhost:5432/virtclass_test");

	static final String USER = env("VIRTCLASS_TEST_DB_USER", "virtclass_test");

	static final String PASSWORD = env("VIRTCLASS_TEST_DB_PASSWORD", "virtclass_test");

	@TestConfiguration
	static class CleanDatabase {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

	@BeforeAll
	static void serverIsRunning() {
		try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
			assertThat(c.isValid(5)).isTrue();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"No PostgreSQL test server at " + URL + ": run scripts/test-setup (" + ex.getMessage() + ")", ex);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("virtclass-pg-test-");
		registry.add("virtclass.data-dir", dir::toString);
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	MockMvcTester mvc;

	@Test
	void runsOnPostgresqlWithEveryMigrationApplied() throws IOException {
		assertThat(this.jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
		long migrations;
		try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
			migrations = files.filter((p) -> p.getFileName().toString().startsWith("V")).count();
		}
		Integer applied = this.jdbc.queryForObject(
				"SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL", Integer.class);
		assertThat(applied).isEqualTo((int) migrations);
	}

	@Test
	void theKnowledgeBaseLoadsIntoPostgresql() throws IOException {
		long files;
		try (Stream<Path> tools = Files.list(Path.of("knowledge-base/tools"))) {
			files = tools.count();
		}
		assertThat(this.knowledgeBase.tools()).hasSize((int) files);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM kb_tool_alias", Integer.class)).isPositive();
		assertThat(this.mvc.get().uri("/api/tools/virtualbox")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nameZh")
			.asString()
			.isNotBlank();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
