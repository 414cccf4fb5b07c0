package org.virtclass.knowledgebase;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.virtclass.knowledgebase.domain.UnresolvedNameRepository;

/**
 * Knowledge-base health on {@code /actuator/prometheus}: files the last sync skipped for
 * their problems, conflicts between a file and a browser edit still waiting for an
 * instructor, and names the checker and the search could not resolve.
 */
@Component
class KnowledgeBaseMetrics implements MeterBinder {

	private final SyncConflicts conflicts;

	private final UnresolvedNameRepository unresolved;

	private volatile LoadReport last = LoadReport.empty();

	KnowledgeBaseMetrics(SyncConflicts conflicts, UnresolvedNameRepository unresolved) {
		this.conflicts = conflicts;
		this.unresolved = unresolved;
	}

	@EventListener
	void on(KnowledgeBaseSynced event) {
		this.last = event.report();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("virtclass.kb.sync.problems", this, (m) -> m.last.problems().size())
			.description("Problems the last sync of the knowledge-base files found (those files were skipped)")
			.register(registry);
		Gauge.builder("virtclass.kb.sync.conflicts", this.conflicts, SyncConflicts::openCount)
			.description("Sync conflicts waiting for an instructor")
			.register(registry);
		Gauge.builder("virtclass.kb.unknown.names", this.unresolved, UnresolvedNameRepository::count)
			.description("Names the checker and the search could not resolve, kept for instructors")
			.register(registry);
	}

}
