package org.virtclass.lab.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The console sockets. Same-origin only: another site's page cannot type into a run. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LabWebSocketConfig implements WebSocketConfigurer {

	private final LabConsoleSocket consoleSocket;

	LabWebSocketConfig(LabConsoleSocket consoleSocket) {
		this.consoleSocket = consoleSocket;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(consoleSocket, "/lab/ws/runs/*");
	}

}
