package org.virtclass.lab.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;

import org.virtclass.lab.LabCaller;
import org.virtclass.lab.LabCapabilities;
import org.virtclass.lab.LabRunView;
import org.virtclass.lab.LabService;
import org.virtclass.lab.RunKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console socket with a stand-in lab and stand-in sockets: output to a viewer that
 * takes nothing is queued, never waited for, and that viewer is dropped once it is too
 * far behind, while a viewer that keeps up gets everything.
 */
class LabConsoleSocketTests {

	@Test
	void aViewerThatTakesNothingIsDroppedAndNeverWaitedFor() throws Exception {
		OneRun lab = new OneRun();
		LabConsoleSocket handler = new LabConsoleSocket(lab);
		RecordingSocket stuck = session("stuck", true);
		RecordingSocket quick = session("quick", false);
		handler.afterConnectionEstablished(stuck);
		handler.afterConnectionEstablished(quick);

		byte[] chunk = new byte[8192];
		int chunks = 2 * ConsoleOutlet.MAX_BUFFERED / chunk.length;
		long slowestCall = 0;
		for (int i = 0; i < chunks; i++) {
			long start = System.nanoTime();
			for (LabService.ConsoleListener listener : lab.listeners) {
				listener.output(chunk);
			}
			slowestCall = Math.max(slowestCall, System.nanoTime() - start);
			// A quick viewer on a loaded machine still needs its sender thread to run now
			// and then:
			// keep it within half the buffer of the reader, as a real network would,
			// while the stuck
			// one falls behind without limit.
			long produced = (long) (i + 1) * chunk.length;
			LabTestWait.until(Duration.ofSeconds(5),
					() -> quick.binaryBytes() >= produced - ConsoleOutlet.MAX_BUFFERED / 2,
					"the quick viewer keeps up: " + quick.binaryBytes());
		}
		assertThat(Duration.ofNanos(slowestCall)).as("the reader thread waited for a socket")
			.isLessThan(Duration.ofMillis(500));

		LabTestWait.until(Duration.ofSeconds(5), () -> stuck.closedWith != null, "the stuck viewer is dropped");
		assertThat(stuck.closedWith).isEqualTo(ConsoleOutlet.TOO_SLOW);
		LabTestWait.until(Duration.ofSeconds(5), () -> quick.binaryBytes() == (long) chunks * chunk.length,
				"the quick viewer got all output: " + quick.binaryBytes());
		assertThat(quick.closedWith).isNull();
		stuck.release.countDown();
		handler.destroy();
	}

	@Test
	void typingIsNeverWaitedForAndARefusalIsToldOnce() throws Exception {
		OneRun lab = new OneRun();
		lab.answer = LabService.Input.PAUSED;
		LabConsoleSocket handler = new LabConsoleSocket(lab);
		RecordingSocket socket = session("typist", false);
		handler.afterConnectionEstablished(socket);
		for (int i = 0; i < 50; i++) {
			handler.handleTextMessage(socket, new TextMessage("x".repeat(4000)));
		}
		lab.answer = LabService.Input.ACCEPTED;
		handler.handleTextMessage(socket, new TextMessage("y"));
		LabTestWait.until(Duration.ofSeconds(5), () -> socket.texts().contains("{\"input\":\"ACCEPTED\"}"),
				"the resumption is told: " + socket.texts());
		assertThat(socket.texts()).containsOnlyOnce("{\"input\":\"PAUSED\"}");
		handler.destroy();
	}

	@Test
	void aSizeFrameResizesTheTerminalAndKeystrokesThatLookLikeOneDoNot() throws Exception {
		OneRun lab = new OneRun();
		LabConsoleSocket handler = new LabConsoleSocket(lab);
		RecordingSocket socket = session("typist", false);
		handler.afterConnectionEstablished(socket);
		handler.handleTextMessage(socket, new TextMessage("{\"rows\":5,\"cols\":20}"));
		handler.handleBinaryMessage(socket,
				new BinaryMessage("{\"rows\":33,\"cols\":120}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		handler.handleBinaryMessage(socket,
				new BinaryMessage("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(lab.sizes).containsExactly("33x120");
		handler.destroy();
	}

	private static RecordingSocket session(String id, boolean stuck) {
		return new RecordingSocket(id, "ws://localhost/lab/ws/runs/run-1", stuck);
	}

	/** A lab with one run whose terminals are all recorded. */
	private static final class OneRun implements LabService {

		final List<ConsoleListener> listeners = new CopyOnWriteArrayList<>();

		volatile Input answer = Input.ACCEPTED;

		final List<String> sizes = new CopyOnWriteArrayList<>();

		@Override
		public Optional<ConsoleSession> attach(String runId, String clientId, ConsoleListener listener) {
			listeners.add(listener);
			return Optional.of(new ConsoleSession() {
				@Override
				public Input input(byte[] keys) {
					return answer;
				}

				@Override
				public boolean interactive() {
					return true;
				}

				@Override
				public void resize(int rows, int cols) {
					sizes.add(rows + "x" + cols);
				}

				@Override
				public void detach() {
					listeners.remove(listener);
				}
			});
		}

		@Override
		public LabCapabilities capabilities() {
			throw new UnsupportedOperationException();
		}

		@Override
		public org.virtclass.lab.LabStatistics statistics() {
			throw new UnsupportedOperationException();
		}

		@Override
		public LabRunView start(RunKind kind, LabCaller caller) {
			throw new UnsupportedOperationException();
		}

		@Override
		public LabComparison compare(LabCaller caller) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<LabRunView> find(String runId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<CompletableFuture<LabRunView>> whenSettled(String runId, Duration wait) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<LabRunView> stop(String runId, String clientId) {
			throw new UnsupportedOperationException();
		}

	}

}
