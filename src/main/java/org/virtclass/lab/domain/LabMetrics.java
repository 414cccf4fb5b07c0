package org.virtclass.lab.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;
import org.virtclass.lab.RunState;

/**
 * Lab runs by state and the queue for a free slot, on {@code /actuator/prometheus}. A run
 * lives in the instance that launched it, so each instance reports its own; the operator
 * sums them.
 */
@Component
class LabMetrics implements MeterBinder {

	private final LabSupervisor supervisor;

	LabMetrics(LabSupervisor supervisor) {
		this.supervisor = supervisor;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (RunState state : RunState.values()) {
			Gauge.builder("virtclass.lab.runs", this.supervisor, (s) -> s.countIn(state))
				.description("Lab runs this instance holds, by state")
				.tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
				.register(registry);
		}
		Gauge.builder("virtclass.lab.queue", this.supervisor, LabSupervisor::queueLength)
			.description("Lab runs waiting for a free slot")
			.register(registry);
	}

}
