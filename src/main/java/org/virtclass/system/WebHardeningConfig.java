package org.virtclass.system;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Limits and cookie defaults that hold for every request, whatever module answers it. */
@Configuration(proxyBeanMethods = false)
class WebHardeningConfig {

	/** Closed connections' channels Tomcat keeps for reuse. */
	static final int CHANNEL_CACHE = 300;

	/**
	 * After Spring Security (order -100; this is -90), so that the body limit knows who
	 * is signed in.
	 */
	@Bean
	FilterRegistrationBean<BodySizeFilter> bodySizeFilter(WebLimits limits, ProblemWriter problems) {
		FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(
				new BodySizeFilter(limits, problems));
		registration.setOrder(-90);
		return registration;
	}

	/** Before everything that reads a parameter, Spring Security included. */
	@Bean
	FilterRegistrationBean<QueryStringFilter> queryStringFilter(ProblemWriter problems) {
		FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(
				new QueryStringFilter(problems));
		registration.setOrder(-110);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Replaces Tomcat's error page valve, after Spring Boot has added its own, so that
	 * errors the container answers by itself reach API clients as problem details.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve(ProblemWriter problems) {
		return (factory) -> factory.addContextCustomizers((context) -> context.addLifecycleListener((event) -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Pipeline host = context.getParent().getPipeline();
				for (Valve valve : host.getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.removeValve(valve);
					}
				}
				host.addValve(new ProblemErrorReportValve(problems));
			}
		}));
	}

	/**
	 * Tomcat keeps the channel of every closed connection for reuse, up to 100 MB of them
	 * by default, and a kept channel still holds its last request's processor with that
	 * processor's buffers: after a few classes of 300 phones, each with an answer and an
	 * event-stream connection, about 1,500 of them stayed reachable, 170 MB of the old
	 * generation that every full collection had to go through (bench/README, session 7).
	 * A class reuses its connections (keep-alive), so a cache of a few hundred is plenty.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> boundedChannelCache() {
		return (factory) -> factory.addConnectorCustomizers(
				(connector) -> connector.setProperty("socket.bufferPool", Integer.toString(CHANNEL_CACHE)));
	}

	/**
	 * Every cookie the app sets (session, language, practice, player, lab) is sent on
	 * top-level navigation from other sites but not on their sub-requests or form posts.
	 */
	@Bean
	CookieSameSiteSupplier laxCookies() {
		return CookieSameSiteSupplier.ofLax();
	}

}
