package org.virtclass.lab.web;

import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * What the app's console sockets hold, for tests outside this package: one line per open
 * terminal (whether it may type, what its outlet sent, could not deliver, and still
 * holds).
 */
public final class LabConsoleSockets {

	private LabConsoleSockets() {
	}

	public static List<String> terminalReports(ApplicationContext context) {
		return context.getBean(LabConsoleSocket.class).terminalReports();
	}

}
