package org.virtclass.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read {@code /actuator/prometheus} without signing in.
 *
 * @param networks addresses or CIDR ranges of the Prometheus servers
 * ({@code virtclass.metrics.networks}, env {@code VIRTCLASS_METRICS_NETWORKS}); by
 * default only this machine. A signed-in instructor may always read it.
 */
@ConfigurationProperties("virtclass.metrics")
public record MetricsProperties(@DefaultValue( {
		"127.0.0.1/32", "::1/128" }) List<String> networks){
}
