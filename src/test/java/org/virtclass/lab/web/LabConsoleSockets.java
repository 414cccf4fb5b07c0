package org.virtclass.lab.web;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.context.ApplicationContext;

import org.virtclass.lab.web.LabConsoleSocket.TerminalReport;

/**
 * What the app's console sockets hold, for tests outside this package: the terminals that
 * strangers opened (they only watch, and the run's owner did not open them), each with
 * what its outlet sent, could not deliver and still holds.
 */
public final class LabConsoleSockets {

	private LabConsoleSockets() {
	}

	/** The strangers' open terminals, one line each. */
	public static List<String> strangers(ApplicationContext context) {
		return strangers(context, (t) -> true);
	}

	/** How many of the strangers' open terminals have sent a reply to typed keys. */
	public static long strangersThatReplied(ApplicationContext context) {
		return strangers(context, (t) -> t.outlet().repliesSent() > 0).size();
	}

	/**
	 * The strangers' open terminals that sent no reply, could not deliver a frame or
	 * still hold some.
	 */
	public static List<String> strangersNotAllSent(ApplicationContext context) {
		return strangers(context, (t) -> t.outlet().repliesSent() == 0 || t.outlet().failedSends() > 0
				|| t.outlet().queued() > 0 || t.outlet().draining());
	}

	/**
	 * The strangers' open terminals whose outlet is idle (nothing waiting, nothing being
	 * sent) without having sent a reply.
	 */
	public static List<String> strangersIdleWithoutReply(ApplicationContext context) {
		return strangers(context,
				(t) -> t.outlet().repliesSent() == 0 && t.outlet().queued() == 0 && !t.outlet().draining());
	}

	private static List<String> strangers(ApplicationContext context, Predicate<TerminalReport> which) {
		return context.getBean(LabConsoleSocket.class)
			.terminalReports()
			.stream()
			.filter(TerminalReport::byStranger)
			.filter(which)
			.map(TerminalReport::toString)
			.toList();
	}

}
