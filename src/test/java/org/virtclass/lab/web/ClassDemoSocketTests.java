package org.virtclass.lab.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;

import org.virtclass.lab.ClassDemoService;
import org.virtclass.lab.ClassDemoView;
import org.virtclass.lab.LabService.Input;
import org.virtclass.lab.RunKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class demo's socket with a stand-in demo: only a screen whose handshake found an
 * instructor controls; the console letter of a typed frame picks the console; output
 * carries its console in the first byte; an unknown code is closed with 4404.
 */
class ClassDemoSocketTests {

	@Test
	void onlyTheInstructorsScreenControlsAndTheLetterPicksTheConsole() throws Exception {
		Demo demo = new Demo();
		ClassDemoSocket handler = new ClassDemoSocket(demo);
		RecordingSocket teacher = screen("t", "ABC234");
		teacher.getAttributes().put(ClassDemoSocket.INSTRUCTOR, "teacher");
		RecordingSocket viewer = screen("v", "ABC234");
		handler.afterConnectionEstablished(teacher);
		handler.afterConnectionEstablished(viewer);
		assertThat(demo.controls).containsExactly(true, false);

		handler.handleTextMessage(teacher, new TextMessage("Vuname -r\r"));
		handler.handleTextMessage(teacher, new TextMessage("Cps\r"));
		handler.handleTextMessage(teacher, new TextMessage("Bfree\r"));
		handler.handleTextMessage(viewer, new TextMessage("Bfree\r"));
		handler.handleTextMessage(viewer, new TextMessage("Vfree\r"));
		assertThat(demo.typed).containsExactly("VM:uname -r\r", "CONTAINER:ps\r", "BOTH:free\r");
		LabTestWait.until(Duration.ofSeconds(5), () -> viewer.texts().contains("{\"input\":\"READ_ONLY\"}"),
				"the viewer is told: " + viewer.texts());
		assertThat(viewer.texts()).containsOnlyOnce("{\"input\":\"READ_ONLY\"}").contains("{\"control\":false}");
		LabTestWait.until(Duration.ofSeconds(5), () -> teacher.texts().contains("{\"control\":true}"), "control");
		assertThat(teacher.texts()).doesNotContain("{\"input\":\"READ_ONLY\"}");

		demo.listeners.forEach((l) -> l.output(RunKind.CONTAINER, "ok".getBytes(StandardCharsets.UTF_8)));
		demo.listeners.forEach((l) -> l.output(RunKind.VM, "vm".getBytes(StandardCharsets.UTF_8)));
		LabTestWait.until(Duration.ofSeconds(5), () -> viewer.binaries().size() == 2, "both frames arrive");
		assertThat(viewer.binaries()).containsExactly("\u0001ok", "\u0000vm");

		handler.afterConnectionClosed(viewer, CloseStatus.NORMAL);
		assertThat(demo.detached).isEqualTo(1);
		handler.destroy();
	}

	@Test
	void anUnknownCodeIsClosed() throws Exception {
		ClassDemoSocket handler = new ClassDemoSocket(new Demo());
		RecordingSocket viewer = screen("v", "NOSUCH");
		handler.afterConnectionEstablished(viewer);
		assertThat(viewer.closedWith).isEqualTo(ClassDemoSocket.NO_SUCH_DEMO);
		assertThat(handler.openScreens()).isZero();
		handler.destroy();
	}

	private static RecordingSocket screen(String id, String code) {
		return new RecordingSocket(id, "ws://localhost/lab/ws/demo/" + code, false);
	}

	/** A demo with code ABC234 whose screens and typed keys are recorded. */
	private static final class Demo implements ClassDemoService {

		final List<Boolean> controls = new CopyOnWriteArrayList<>();

		final List<String> typed = new CopyOnWriteArrayList<>();

		final List<Listener> listeners = new CopyOnWriteArrayList<>();

		volatile int detached;

		@Override
		public Optional<Watch> watch(String code, Listener listener, boolean controlling) {
			if (!"ABC234".equals(code)) {
				return Optional.empty();
			}
			controls.add(controlling);
			listeners.add(listener);
			return Optional.of(new Watch() {
				@Override
				public Input input(RunKind console, byte[] keys) {
					if (!controlling) {
						return Input.READ_ONLY;
					}
					typed.add(((console != null) ? console.name() : "BOTH") + ":"
							+ new String(keys, StandardCharsets.UTF_8));
					return Input.ACCEPTED;
				}

				@Override
				public boolean controls() {
					return controlling;
				}

				@Override
				public void detach() {
					detached++;
				}
			});
		}

		@Override
		public ClassDemoView start(String instructor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<ClassDemoView> current() {
			return Optional.empty();
		}

		@Override
		public Optional<ClassDemoView> find(String code) {
			return Optional.empty();
		}

		@Override
		public Optional<ClassDemoView> stop(String code) {
			return Optional.empty();
		}

	}

}
