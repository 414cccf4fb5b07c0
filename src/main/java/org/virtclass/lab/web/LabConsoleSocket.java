package org.virtclass.lab.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.virtclass.lab.LabService;
import org.virtclass.lab.LabService.ConsoleSession;
import org.virtclass.lab.LabService.Input;
import org.virtclass.lab.RunState;

/**
 * One terminal on {@code /lab/ws/runs/{id}}. Binary frames from the server carry console
 * output. Text frames from the server are JSON: {@code {"interactive":true|false}} once
 * on connecting (only the run owner's newest terminal may type),
 * {@code {"input":"PAUSED"|"READ_ONLY"|"ACCEPTED"}} when typed keys were refused, or
 * accepted again after a refusal, and {@code {"closed":"STATE"}} when the run ended. Text
 * frames from the browser are keystrokes, which go to the guest's console and nowhere
 * else. Binary frames from the browser are JSON about the terminal itself,
 * {@code {"rows":R,"cols":C}} on connecting and on every resize, so that keystrokes never
 * need escaping. Nothing here waits for the guest or for another socket.
 */
@Component
class LabConsoleSocket extends TextWebSocketHandler implements DisposableBean {

	static final CloseStatus NO_SUCH_RUN = new CloseStatus(4404, "No such run");

	/** The handshake puts the caller's client id here. */
	static final String CLIENT = "virtclass.lab.client";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LabService lab;

	private final Map<String, Terminal> terminals = new ConcurrentHashMap<>();

	private final ExecutorService sender;

	LabConsoleSocket(LabService lab) {
		this.lab = lab;
		this.sender = ConsoleOutlet.senders("lab-console-send");
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws IOException {
		ConsoleOutlet outlet = ConsoleOutlet.open(session, sender, ConsoleOutlet.Framing.STREAM);
		String path = session.getUri().getPath();
		String runId = path.substring(path.lastIndexOf('/') + 1);
		String client = (String) session.getAttributes().getOrDefault(CLIENT, "none");
		var console = lab.attach(runId, client, new LabService.ConsoleListener() {
			@Override
			public void output(byte[] bytes) {
				outlet.send(new BinaryMessage(bytes));
			}

			@Override
			public void closed(RunState state) {
				outlet.send(new TextMessage("{\"closed\":\"" + state + "\"}"));
			}
		});
		if (console.isEmpty()) {
			session.close(NO_SUCH_RUN);
			return;
		}
		terminals.put(session.getId(), new Terminal(console.get(), outlet));
		outlet.send(new TextMessage("{\"interactive\":" + console.get().interactive() + "}"));
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		Terminal terminal = terminals.get(session.getId());
		if (terminal == null) {
			return;
		}
		Input result = terminal.console().input(message.getPayload().getBytes(StandardCharsets.UTF_8));
		terminal.outlet().replyTo(result);
	}

	@Override
	protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
		Terminal terminal = terminals.get(session.getId());
		if (terminal == null || message.getPayloadLength() > 256) {
			return;
		}
		try {
			JsonNode size = JSON.readTree(StandardCharsets.UTF_8.decode(message.getPayload()).toString());
			if (size.path("rows").isInt() && size.path("cols").isInt()) {
				terminal.console().resize(size.get("rows").asInt(), size.get("cols").asInt());
			}
		}
		catch (JacksonException ex) {
			// not a size: ignored, like any other frame the protocol does not know
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		Terminal terminal = terminals.remove(session.getId());
		if (terminal != null) {
			terminal.console().detach();
		}
	}

	/**
	 * Every open terminal: whether it may type, whether the run's owner opened it, and
	 * what its outlet has sent and still holds. For diagnostics and tests, in no
	 * particular order.
	 */
	List<TerminalReport> terminalReports() {
		return terminals.values()
			.stream()
			.map((t) -> new TerminalReport(t.console().interactive(), t.console().byOwner(), t.outlet().report()))
			.toList();
	}

	/** One open terminal, as {@link #terminalReports()} sees it. */
	record TerminalReport(boolean interactive, boolean byOwner, ConsoleOutlet.Report outlet) {

		/**
		 * Whether someone other than the run's owner opened this terminal (it only
		 * watches).
		 */
		boolean byStranger() {
			return !interactive && !byOwner;
		}

		@Override
		public String toString() {
			return (interactive ? "typing, " : byOwner ? "watching, the owner's, " : "watching, another's, ") + outlet;
		}

	}

	@Override
	public void destroy() {
		sender.shutdownNow();
	}

	private static final class Terminal {

		private final ConsoleSession console;

		private final ConsoleOutlet outlet;

		Terminal(ConsoleSession console, ConsoleOutlet outlet) {
			this.console = console;
			this.outlet = outlet;
		}

		ConsoleSession console() {
			return console;
		}

		ConsoleOutlet outlet() {
			return outlet;
		}

	}

}
