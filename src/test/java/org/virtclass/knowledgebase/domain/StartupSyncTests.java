package org.virtclass.knowledgebase.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseProperties;
import org.virtclass.knowledgebase.LoadReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * The app reports itself ready only after its context has started, and this starts in a
 * phase before the web server's: a sync that waits for the seed files holds both the
 * first request and readiness. A sync is made to hang here until the test lets it go.
 */
class StartupSyncTests {

	private final KnowledgeBaseSync sync = mock(KnowledgeBaseSync.class);

	private final KnowledgeBase recorder = mock(KnowledgeBase.class);

	private final ToolRepository tools = mock(ToolRepository.class);

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch syncing = new CountDownLatch(1);

	private final LoadReport report = new LoadReport(Instant.EPOCH, "test", 1, 0, 0, 1, 0, List.of());

	@TempDir
	Path seeds;

	@Test
	void aRestartDoesNotWaitForTheSeedFiles() throws Exception {
		given(this.tools.count()).willReturn(114L);
		hangingSync();
		long started = System.nanoTime();
		startupSync().start();
		long tookMs = (System.nanoTime() - started) / 1_000_000;
		assertThat(this.syncing.await(10, TimeUnit.SECONDS)).as("the sync started in the background").isTrue();
		assertThat(tookMs).as("start-up went on while the sync hung").isLessThan(5_000);
		verify(this.recorder, never()).recordLoad(any());
		this.release.countDown();
		verify(this.recorder, timeout(10_000)).recordLoad(this.report);
	}

	@Test
	void anEmptyDatabaseWaitsForTheSeedFiles() throws Exception {
		given(this.tools.count()).willReturn(0L);
		given(this.sync.sync(anyString(), anyList(), anyList())).willReturn(this.report);
		startupSync().start();
		verify(this.recorder).recordLoad(this.report);
	}

	@Test
	void itStartsBeforeTheWebServerTakesRequests() throws Exception {
		assertThat(startupSync().getPhase()).as("an earlier phase starts first")
			.isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
	}

	private void hangingSync() {
		given(this.sync.sync(anyString(), anyList(), anyList())).willAnswer((invocation) -> {
			this.syncing.countDown();
			this.release.await(30, TimeUnit.SECONDS);
			return this.report;
		});
	}

	private StartupSync startupSync() throws Exception {
		Files.createDirectories(this.seeds.resolve("tools"));
		KnowledgeBaseProperties properties = new KnowledgeBaseProperties(this.seeds.toUri().toString(), true, null,
				null);
		return new StartupSync(this.sync, properties, this.recorder, this.tools);
	}

}
