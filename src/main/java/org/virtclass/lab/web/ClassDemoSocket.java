package org.virtclass.lab.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import org.virtclass.lab.ClassDemoService;
import org.virtclass.lab.ClassDemoService.Watch;
import org.virtclass.lab.LabService.Input;
import org.virtclass.lab.RunKind;
import org.virtclass.lab.RunState;
import org.virtclass.system.ApiProblem;

/**
 * One screen of the class demo on {@code /lab/ws/demo/{code}}: both consoles on one
 * socket, so that one viewer is one connection. Binary frames from the server are console
 * output, their first byte naming the console ({@code 0} the VM, {@code 1} the
 * container). Text frames from the server are JSON: {@code {"control":true|false}} once
 * on connecting, {@code {"viewers":N}} to the instructor whenever the count changes,
 * {@code {"input":"READ_ONLY"|"PAUSED"|"ACCEPTED"}} when typed keys were refused (or
 * accepted again after a refusal) and {@code {"closed":"VM","state":"FINISHED"}} when a
 * run ended. Text frames from the browser are keystrokes after one letter that names the
 * console: {@code V}, {@code C}, or {@code B} for both. Only a signed-in instructor's
 * screen controls the demo (the handshake checks the role); whatever a viewer sends is
 * refused here, on the server.
 */
@Component
class ClassDemoSocket extends TextWebSocketHandler implements DisposableBean {

	static final CloseStatus NO_SUCH_DEMO = new CloseStatus(4404, "No such class demo");

	static final CloseStatus DEMO_FULL = new CloseStatus(4429, "The class demo is full");

	/** The handshake puts the signed-in instructor's name here; viewers have none. */
	static final String INSTRUCTOR = "virtclass.lab.demo.instructor";

	private final ClassDemoService demos;

	private final Map<String, Screen> screens = new ConcurrentHashMap<>();

	private final ExecutorService sender;

	ClassDemoSocket(ClassDemoService demos) {
		this.demos = demos;
		this.sender = ConsoleOutlet.senders("lab-demo-send");
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws IOException {
		ConsoleOutlet outlet = ConsoleOutlet.open(session, sender, ConsoleOutlet.Framing.TAGGED);
		String path = session.getUri().getPath();
		String code = path.substring(path.lastIndexOf('/') + 1);
		boolean controls = session.getAttributes().get(INSTRUCTOR) != null;
		outlet.send(new TextMessage("{\"control\":" + controls + "}"));
		Optional<Watch> watch;
		try {
			watch = demos.watch(code, new ClassDemoService.Listener() {
				@Override
				public void output(RunKind console, byte[] bytes) {
					byte[] frame = new byte[bytes.length + 1];
					frame[0] = (byte) ((console == RunKind.VM) ? 0 : 1);
					System.arraycopy(bytes, 0, frame, 1, bytes.length);
					outlet.send(new BinaryMessage(frame));
				}

				@Override
				public void closed(RunKind console, RunState state) {
					outlet.send(new TextMessage("{\"closed\":\"" + console + "\",\"state\":\"" + state + "\"}"));
				}

				@Override
				public void viewers(int count) {
					outlet.send(new TextMessage("{\"viewers\":" + count + "}"));
				}
			}, controls);
		}
		catch (ApiProblem full) {
			session.close(DEMO_FULL);
			return;
		}
		if (watch.isEmpty()) {
			session.close(NO_SUCH_DEMO);
			return;
		}
		screens.put(session.getId(), new Screen(watch.get(), outlet));
		if (!session.isOpen()) {
			// closed while it was being attached: afterConnectionClosed found nothing to
			// detach
			afterConnectionClosed(session, CloseStatus.NORMAL);
		}
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		Screen screen = screens.get(session.getId());
		if (screen == null) {
			return;
		}
		String text = message.getPayload();
		RunKind console = null;
		Input result;
		if (text.isEmpty() || "VCB".indexOf(text.charAt(0)) < 0) {
			result = screen.watch().controls() ? Input.NOT_RUNNING : Input.READ_ONLY;
		}
		else {
			if (text.charAt(0) == 'V') {
				console = RunKind.VM;
			}
			else if (text.charAt(0) == 'C') {
				console = RunKind.CONTAINER;
			}
			result = screen.watch().input(console, text.substring(1).getBytes(StandardCharsets.UTF_8));
		}
		screen.outlet().replyTo(result);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		Screen screen = screens.remove(session.getId());
		if (screen != null) {
			screen.watch().detach();
		}
	}

	/** Open demo sockets, for tests. */
	int openScreens() {
		return screens.size();
	}

	@Override
	public void destroy() {
		sender.shutdownNow();
	}

	private static final class Screen {

		private final Watch watch;

		private final ConsoleOutlet outlet;

		Screen(Watch watch, ConsoleOutlet outlet) {
			this.watch = watch;
			this.outlet = outlet;
		}

		Watch watch() {
			return watch;
		}

		ConsoleOutlet outlet() {
			return outlet;
		}

	}

}
