package org.virtclass.lab.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;

import org.virtclass.lab.LabService.Input;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Output that waits for a busy socket leaves in few frames, in the order it was queued,
 * with the notices between it kept in their places; replies to typed keys leave ahead of
 * it.
 */
class ConsoleOutletTests {

	private final ExecutorService sender = ConsoleOutlet.senders("outlet-test");

	@AfterEach
	void stop() {
		sender.shutdownNow();
	}

	@Test
	void outputQueuedBehindABusySendLeavesAsOneFrameAndNoticesKeepTheirPlace() throws Exception {
		RecordingSocket socket = new RecordingSocket("one", "ws://localhost/lab/ws/runs/r", true);
		ConsoleOutlet outlet = new ConsoleOutlet(socket, sender, ConsoleOutlet.Framing.STREAM);
		outlet.send(new TextMessage("{\"interactive\":true}")); // the socket holds this
																// one
		for (int i = 0; i < 1000; i++) {
			outlet.send(new BinaryMessage(new byte[] { (byte) ('a' + i % 26) }));
		}
		outlet.send(new TextMessage("{\"closed\":\"FINISHED\"}"));
		outlet.send(new BinaryMessage("ok".getBytes(StandardCharsets.UTF_8)));
		outlet.send(new BinaryMessage("!".getBytes(StandardCharsets.UTF_8)));
		socket.release.countDown();

		LabTestWait.until(Duration.ofSeconds(5), () -> socket.sent().size() >= 4, "everything is sent");
		List<WebSocketMessage<?>> sent = socket.sent();
		assertThat(sent).hasSize(4);
		assertThat(socket.texts()).containsExactly("{\"interactive\":true}", "{\"closed\":\"FINISHED\"}");
		assertThat(sent.get(0)).isInstanceOf(TextMessage.class);
		assertThat(sent.get(2)).isInstanceOf(TextMessage.class);
		assertThat(socket.binaries()).containsExactly(alphabet(1000), "ok!");
	}

	@Test
	void aReplyToTypedKeysLeavesAheadOfTheOutputStillWaitingAndBehindEarlierReplies() throws Exception {
		RecordingSocket socket = new RecordingSocket("one", "ws://localhost/lab/ws/runs/r", true);
		ConsoleOutlet outlet = new ConsoleOutlet(socket, sender, ConsoleOutlet.Framing.STREAM);
		outlet.send(new TextMessage("{\"interactive\":true}")); // the socket holds this
																// one
		assertThat(socket.holding.await(5, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 1000; i++) {
			outlet.send(new BinaryMessage(new byte[] { (byte) ('a' + i % 26) }));
		}
		outlet.send(new TextMessage("{\"viewers\":2}"));
		outlet.replyTo(Input.PAUSED);
		outlet.replyTo(Input.ACCEPTED);
		socket.release.countDown();

		LabTestWait.until(Duration.ofSeconds(5), () -> socket.sent().size() >= 5, "everything is sent");
		assertThat(socket.texts()).containsExactly("{\"interactive\":true}", "{\"input\":\"PAUSED\"}",
				"{\"input\":\"ACCEPTED\"}", "{\"viewers\":2}");
		assertThat(socket.sent().get(3)).isInstanceOf(BinaryMessage.class);
		assertThat(socket.binaries()).containsExactly(alphabet(1000));
	}

	@Test
	void aFrameTheSocketThrowsOnIsLostAndCountedButTheFramesBehindItStillGo() throws Exception {
		RecordingSocket socket = new RecordingSocket("one", "ws://localhost/lab/ws/runs/r", false);
		socket.failNext = new IllegalArgumentException("a frame the socket cannot take");
		ConsoleOutlet outlet = new ConsoleOutlet(socket, sender, ConsoleOutlet.Framing.STREAM);
		outlet.send(new TextMessage("{\"interactive\":false}")); // the one that breaks
		outlet.send(new BinaryMessage("ok".getBytes(StandardCharsets.UTF_8)));
		outlet.send(new TextMessage("{\"closed\":\"FINISHED\"}"));

		LabTestWait.until(Duration.ofSeconds(5),
				() -> outlet.report().textsSent() + outlet.report().outputSent() == 2 && !outlet.report().draining(),
				"the frames behind the lost one are sent");
		assertThat(socket.texts()).containsExactly("{\"closed\":\"FINISHED\"}");
		assertThat(socket.binaries()).containsExactly("ok");
		ConsoleOutlet.Report report = outlet.report();
		assertThat(report.failedSends()).isEqualTo(1);
		assertThat(report.lastFailure()).contains("a frame the socket cannot take");
		assertThat(report.repliesSent()).isZero();
		assertThat(report.queued()).isZero();
		assertThat(report.bufferedBytes()).isZero();

		outlet.replyTo(Input.READ_ONLY);
		LabTestWait.until(Duration.ofSeconds(5), () -> outlet.report().repliesSent() == 1, "the reply is sent");
		assertThat(socket.texts()).containsExactly("{\"closed\":\"FINISHED\"}", "{\"input\":\"READ_ONLY\"}");
		assertThat(outlet.report().toString()).contains("texts sent 2 (replies 1)", "not delivered 1");
	}

	private static String alphabet(int length) {
		StringBuilder expected = new StringBuilder();
		for (int i = 0; i < length; i++) {
			expected.append((char) ('a' + i % 26));
		}
		return expected.toString();
	}

	@Test
	void framesThatNameTheirConsoleAreJoinedOnlyWithTheSameConsolesAndKeepOneName() throws Exception {
		RecordingSocket socket = new RecordingSocket("one", "ws://localhost/lab/ws/demo/ABC234", true);
		ConsoleOutlet outlet = new ConsoleOutlet(socket, sender, ConsoleOutlet.Framing.TAGGED);
		outlet.send(new TextMessage("{\"control\":false}"));
		for (String frame : List.of("\u0001o", "\u0001k", "\u0000v", "\u0000m", "\u0001!")) {
			outlet.send(new BinaryMessage(frame.getBytes(StandardCharsets.UTF_8)));
		}
		socket.release.countDown();

		LabTestWait.until(Duration.ofSeconds(5), () -> socket.binaries().size() >= 3, "the output is sent");
		assertThat(socket.binaries()).containsExactly("\u0001ok", "\u0000vm", "\u0001!");
	}

	@Test
	void aJoinedFrameStopsAtTheLimit() throws Exception {
		RecordingSocket socket = new RecordingSocket("one", "ws://localhost/lab/ws/runs/r", true);
		ConsoleOutlet outlet = new ConsoleOutlet(socket, sender, ConsoleOutlet.Framing.STREAM);
		outlet.send(new TextMessage("{\"interactive\":true}"));
		byte[] kilobyte = new byte[1024];
		int frames = ConsoleOutlet.MAX_FRAME / kilobyte.length + 8;
		for (int i = 0; i < frames; i++) {
			outlet.send(new BinaryMessage(kilobyte));
		}
		socket.release.countDown();

		LabTestWait.until(Duration.ofSeconds(5), () -> socket.binaryBytes() == (long) frames * kilobyte.length,
				"all output is sent");
		assertThat(
				socket.sent().stream().filter(BinaryMessage.class::isInstance).map(WebSocketMessage::getPayloadLength))
			.containsExactly(ConsoleOutlet.MAX_FRAME, 8 * kilobyte.length);
	}

}
