package org.virtclass.lab.web;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.context.ApplicationContext;

import org.virtclass.lab.web.LabConsoleSocket.TerminalReport;

/**
 * What the app's console sockets hold, for tests outside this package: the terminals that
 * strangers opened (they only watch, and the run's owner did not open them), each with
 * what its outlet sent, could not deliver and still holds, read once.
 */
public final class LabConsoleSockets {

	private final List<TerminalReport> strangers;

	private LabConsoleSockets(List<TerminalReport> strangers) {
		this.strangers = strangers;
	}

	/** The strangers' open terminals as the server holds them now. */
	public static LabConsoleSockets strangers(ApplicationContext context) {
		return new LabConsoleSockets(context.getBean(LabConsoleSocket.class)
			.terminalReports()
			.stream()
			.filter(TerminalReport::byStranger)
			.toList());
	}

	public int count() {
		return this.strangers.size();
	}

	/** How many of them have sent a reply to typed keys. */
	public long replied() {
		return this.strangers.stream().filter((t) -> t.outlet().repliesSent() > 0).count();
	}

	/** Those that sent no reply, could not deliver a frame or still hold some. */
	public List<String> notAllSent() {
		return lines((t) -> t.outlet().repliesSent() == 0 || t.outlet().failedSends() > 0 || t.outlet().queued() > 0
				|| t.outlet().draining());
	}

	/**
	 * Those whose outlet is idle (nothing waiting, nothing being sent) without having
	 * sent a reply.
	 */
	public List<String> idleWithoutReply() {
		return lines((t) -> t.outlet().repliesSent() == 0 && t.outlet().queued() == 0 && !t.outlet().draining());
	}

	@Override
	public String toString() {
		return "server: " + count() + " strangers' terminals, " + replied()
				+ " of them sent a reply; without a reply, with frames not delivered or waiting: " + notAllSent();
	}

	private List<String> lines(Predicate<TerminalReport> which) {
		return this.strangers.stream().filter(which).map(TerminalReport::toString).toList();
	}

}
