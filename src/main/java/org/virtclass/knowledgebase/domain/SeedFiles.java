package org.virtclass.knowledgebase.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Reads the seed files from a directory or the classpath. */
final class SeedFiles {

	private SeedFiles() {
	}

	static List<SeedFile> tools(String location) throws IOException {
		return read(location, "tools/*.yaml", "tools/");
	}

	static List<SeedFile> claims(String location) throws IOException {
		return read(location, "claims.yaml", "");
	}

	private static List<SeedFile> read(String location, String pattern, String prefix) throws IOException {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		String base = location.startsWith("classpath:") ? "classpath*:" + location.substring(10) : location;
		Resource[] resources = resolver.getResources(base + pattern);
		List<SeedFile> files = new ArrayList<>();
		for (Resource resource : resources) {
			if (!resource.exists() || resource.getFilename() == null) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				files.add(new SeedFile(prefix + resource.getFilename(),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		files.sort(Comparator.comparing(SeedFile::name));
		return files;
	}

}
