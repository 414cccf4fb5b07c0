package org.virtclass.knowledgebase.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.virtclass.knowledgebase.KbProblem;

import static org.assertj.core.api.Assertions.assertThat;

class UploadsTests {

	static byte[] zip(String... namesAndContents) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void aZipInTheKnowledgeBaseLayoutGivesToolAndClaimFiles() throws Exception {
		Uploads.Unpacked u = Uploads.unpack("kb.zip",
				zip("knowledge-base/tools/a.yaml", "a", "knowledge-base/claims.yaml", "c", "README.md", "r"), 1 << 20);
		assertThat(u.files()).extracting(SeedFile::name).containsExactly("tools/a.yaml", "claims.yaml");
		assertThat(u.ignored()).containsExactly("README.md");
		assertThat(u.refused()).isEmpty();
	}

	@Test
	void aSingleYamlFileIsAToolOrTheClaimsFile() {
		assertThat(Uploads.unpack("docker.yaml", "slug: docker".getBytes(StandardCharsets.UTF_8), 1 << 20).files())
			.extracting(SeedFile::name)
			.containsExactly("tools/docker.yaml");
		assertThat(Uploads.unpack("mine.yaml", "claims:\n  - id: x".getBytes(StandardCharsets.UTF_8), 1 << 20).files())
			.extracting(SeedFile::name)
			.containsExactly("claims.yaml");
	}

	@Nested
	class Refuses {

		@Test
		void pathsThatClimbOutOrAreAbsolute() throws Exception {
			assertThat(Uploads.safe("../x.yaml")).isFalse();
			assertThat(Uploads.safe("a/../../x.yaml")).isFalse();
			assertThat(Uploads.safe("/etc/x.yaml")).isFalse();
			assertThat(Uploads.safe("C:/x.yaml")).isFalse();
			assertThat(Uploads.safe("a\\b.yaml")).isFalse();
			assertThat(Uploads.safe("tools/x.yaml")).isTrue();
			assertThat(Uploads.unpack("u.zip", zip("../evil.yaml", "x"), 1 << 20).refused()).extracting(KbProblem::code)
				.containsExactly("importUnsafePath");
		}

		@Test
		void entriesBeyondTheSizeLimitWithoutReadingThemWhole() throws Exception {
			byte[] bomb = zip("tools/a.yaml", "a".repeat(5_000_000));
			assertThat(bomb.length).isLessThan(100_000);
			assertThat(Uploads.unpack("bomb.zip", bomb, 10L << 20).refused()).extracting(KbProblem::code)
				.containsExactly("importTooLarge");
			assertThat(Uploads.unpack("small.zip", zip("tools/a.yaml", "a".repeat(2000)), 1000).refused())
				.extracting(KbProblem::code)
				.containsExactly("importTooLarge");
		}

		@Test
		void textThatIsNotUtf8AndEmptyUploads() {
			assertThat(Uploads.unpack("x.yaml", new byte[] { (byte) 0xc3, (byte) 0x28 }, 100).refused())
				.extracting(KbProblem::code)
				.containsExactly("importNotText");
			assertThat(Uploads.unpack("x.yaml", new byte[0], 100).refused()).extracting(KbProblem::code)
				.containsExactly("importEmpty");
		}

	}

}
