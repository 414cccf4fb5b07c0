package org.virtclass.lab.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.virtclass.lab.LabProperties;

/**
 * Builds {@link LabProperties} the way Spring binds them, defaults included, for plain
 * tests.
 */
final class LabSettings {

	private LabSettings() {
	}

	static LabProperties of(Path workDir, String... overrides) {
		Map<String, String> map = new HashMap<>();
		map.put("virtclass.lab.work-dir", workDir.toString());
		for (int i = 0; i < overrides.length; i += 2) {
			map.put("virtclass.lab." + overrides[i], overrides[i + 1]);
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("virtclass.lab", LabProperties.class);
	}

}
