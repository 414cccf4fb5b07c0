package org.virtclass.knowledgebase.domain;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseProperties;
import org.virtclass.knowledgebase.LoadReport;

/**
 * Imports new and changed seed files. On an empty database the tools go in before the web
 * server takes its first request (this starts in an earlier phase than the server), so
 * that the very first start never shows an empty catalogue or a missing tool; on a
 * restart the stored knowledge base already answers every page, so the files are synced
 * in the background and the app is ready without waiting for them.
 */
@Component
class StartupSync implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StartupSync.class);

	private final KnowledgeBaseSync sync;

	private final KnowledgeBaseProperties properties;

	private final KnowledgeBase recorder;

	private final ToolRepository tools;

	private volatile boolean running;

	StartupSync(KnowledgeBaseSync sync, KnowledgeBaseProperties properties, KnowledgeBase recorder,
			ToolRepository tools) {
		this.sync = sync;
		this.properties = properties;
		this.recorder = recorder;
		this.tools = tools;
	}

	@Override
	public void start() {
		this.running = true;
		if (!this.properties.syncOnStart()) {
			return;
		}
		if (this.tools.count() == 0) {
			try {
				syncFiles();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the knowledge base's seed files", ex);
			}
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

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server's phase: started before it, stopped after it. */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}

	private void syncFiles() throws IOException {
		String location = this.properties.location();
		LoadReport report = this.sync.sync(location, SeedFiles.tools(location), SeedFiles.claims(location));
		this.recorder.recordLoad(report);
	}

}
