package org.virtclass.knowledgebase.domain;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseProperties;
import org.virtclass.knowledgebase.LoadReport;

/**
 * Imports new and changed seed files. On an empty database the app is not ready before
 * the tools are in; on a restart the stored knowledge base already answers every page, so
 * the files are synced in the background and the app is ready without waiting for them.
 */
@Component
@Order(10)
class StartupSync implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupSync.class);

	private final KnowledgeBaseSync sync;

	private final KnowledgeBaseProperties properties;

	private final KnowledgeBase recorder;

	private final ToolRepository tools;

	StartupSync(KnowledgeBaseSync sync, KnowledgeBaseProperties properties, KnowledgeBase recorder,
			ToolRepository tools) {
		this.sync = sync;
		this.properties = properties;
		this.recorder = recorder;
		this.tools = tools;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.syncOnStart()) {
			return;
		}
		if (this.tools.count() == 0) {
			syncFiles();
			return;
		}
		Thread background = new Thread(() -> {
			try {
				syncFiles();
			}
			catch (IOException | RuntimeException ex) {
				log.error("Knowledge base sync from {} failed; the stored knowledge base stays in use",
						this.properties.location(), ex);
			}
		}, "kb-sync");
		background.setDaemon(true);
		background.start();
	}

	private void syncFiles() throws IOException {
		String location = this.properties.location();
		LoadReport report = this.sync.sync(location, SeedFiles.tools(location), SeedFiles.claims(location));
		this.recorder.recordLoad(report);
	}

}
