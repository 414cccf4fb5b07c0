package org.virtclass.knowledgebase.domain;

import java.io.IOException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseProperties;
import org.virtclass.knowledgebase.LoadReport;

/** Imports new and changed seed files before the app reports itself ready. */
@Component
@Order(10)
class StartupSync implements ApplicationRunner {

	private final KnowledgeBaseSync sync;

	private final KnowledgeBaseProperties properties;

	private final KnowledgeBase recorder;

	StartupSync(KnowledgeBaseSync sync, KnowledgeBaseProperties properties, KnowledgeBase recorder) {
		this.sync = sync;
		this.properties = properties;
		this.recorder = recorder;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.syncOnStart()) {
			return;
		}
		String location = this.properties.location();
		LoadReport report = this.sync.sync(location, SeedFiles.tools(location), SeedFiles.claims(location));
		this.recorder.recordLoad(report);
	}

}
