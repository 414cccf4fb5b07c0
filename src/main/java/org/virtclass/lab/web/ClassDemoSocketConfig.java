package org.virtclass.lab.web;

import java.security.Principal;
import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The class demo's socket. Same-origin only, like the run consoles. The handshake records
 * whether a signed-in instructor connects (their session, checked by Spring Security's
 * request wrapper): only such a screen may type; everyone else, signed in or not,
 * watches.
 */
@Configuration(proxyBeanMethods = false)
class ClassDemoSocketConfig implements WebSocketConfigurer {

	static final String ROLE = "INSTRUCTOR";

	private final ClassDemoSocket socket;

	ClassDemoSocketConfig(ClassDemoSocket socket) {
		this.socket = socket;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(socket, "/lab/ws/demo/*").addInterceptors(new HandshakeInterceptor() {
			@Override
			public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
					WebSocketHandler handler, Map<String, Object> attributes) {
				if (request instanceof ServletServerHttpRequest servlet) {
					var http = servlet.getServletRequest();
					Principal user = http.getUserPrincipal();
					if (user != null && http.isUserInRole(ROLE)) {
						attributes.put(ClassDemoSocket.INSTRUCTOR, user.getName());
					}
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
