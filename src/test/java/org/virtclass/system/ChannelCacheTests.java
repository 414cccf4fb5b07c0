package org.virtclass.system;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.virtclass.AppTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat's cache of closed connections' channels is bounded by count: with its default
 * (100 MB of channels) a few classes of phones left about 1,500 channels, each still
 * holding its last processor and buffers, in the old generation.
 */
class ChannelCacheTests extends AppTestSupport {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void theRunningConnectorKeepsAtMostAFewHundredChannels() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(String.valueOf(connector.getProperty("socket.bufferPool")))
			.isEqualTo(Integer.toString(WebHardeningConfig.CHANNEL_CACHE));
		assertThat(WebHardeningConfig.CHANNEL_CACHE).isBetween(100, 1000);
	}

}
