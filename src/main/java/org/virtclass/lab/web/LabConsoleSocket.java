package org.virtclass.lab.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import org.virtclass.lab.LabService;
import org.virtclass.lab.LabService.ConsoleSession;
import org.virtclass.lab.RunState;

/**
 * One terminal on {@code /lab/ws/runs/{id}}. Binary frames from the server carry console output;
 * one text frame {@code {"closed":"STATE"}} says the run ended. Text frames from the browser are
 * keystrokes, which go to the guest's console and nowhere else.
 */
@Component
class LabConsoleSocket extends TextWebSocketHandler {

	static final CloseStatus NO_SUCH_RUN = new CloseStatus(4404, "No such run");

	private static final Logger log = LoggerFactory.getLogger(LabConsoleSocket.class);

	private final LabService lab;

	private final Map<String, ConsoleSession> consoles = new ConcurrentHashMap<>();

	LabConsoleSocket(LabService lab) {
		this.lab = lab;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
		WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, 5000, 512 * 1024,
				ConcurrentWebSocketSessionDecorator.OverflowStrategy.DROP);
		String path = raw.getUri().getPath();
		String runId = path.substring(path.lastIndexOf('/') + 1);
		var console = lab.attach(runId, new LabService.ConsoleListener() {
			@Override
			public void output(byte[] bytes) {
				send(session, new BinaryMessage(bytes));
			}

			@Override
			public void closed(RunState state) {
				send(session, new TextMessage("{\"closed\":\"" + state + "\"}"));
			}
		});
		if (console.isEmpty()) {
			raw.close(NO_SUCH_RUN);
			return;
		}
		consoles.put(raw.getId(), console.get());
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		ConsoleSession console = consoles.get(session.getId());
		if (console != null) {
			console.input(message.getPayload().getBytes(StandardCharsets.UTF_8));
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		ConsoleSession console = consoles.remove(session.getId());
		if (console != null) {
			console.detach();
		}
	}

	private static void send(WebSocketSession session, org.springframework.web.socket.WebSocketMessage<?> message) {
		try {
			if (session.isOpen()) {
				session.sendMessage(message);
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Console frame not delivered: {}", ex.getMessage());
		}
	}

}
