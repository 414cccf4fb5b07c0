package org.virtclass.lab.web;

import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The console sockets. Same-origin only: another site's page cannot type into a run. The
 * handshake records who connects (the signed lab cookie), which decides whether the
 * terminal may type.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LabWebSocketConfig implements WebSocketConfigurer {

	private final LabConsoleSocket consoleSocket;

	private final LabIdentity identity;

	LabWebSocketConfig(LabConsoleSocket consoleSocket, LabIdentity identity) {
		this.consoleSocket = consoleSocket;
		this.identity = identity;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(consoleSocket, "/lab/ws/runs/*").addInterceptors(new HandshakeInterceptor() {
			@Override
			public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
					WebSocketHandler handler, Map<String, Object> attributes) {
				if (request instanceof ServletServerHttpRequest servlet) {
					attributes.put(LabConsoleSocket.CLIENT,
							identity.callerWithoutIssuing(servlet.getServletRequest()).clientId());
				}
				return true;
			}

			@Override
			public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
					Exception failure) {
			}
		});
	}

}
