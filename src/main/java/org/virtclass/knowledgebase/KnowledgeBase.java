package org.virtclass.knowledgebase;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.virtclass.knowledgebase.domain.Claim;
import org.virtclass.knowledgebase.domain.ClaimRepository;
import org.virtclass.knowledgebase.domain.Tool;
import org.virtclass.knowledgebase.domain.ToolRepository;

/**
 * The module's facade: the live tools and claims, read from an immutable snapshot that is
 * rebuilt whenever the knowledge base changes. Quiz generation, the question checker and
 * the catalogue all read it many times per request, so reads never touch the database.
 */
@Service
public class KnowledgeBase {

	private final ToolRepository tools;

	private final ClaimRepository claims;

	private volatile Snapshot snapshot;

	private volatile LoadReport lastLoad = LoadReport.empty();

	/**
	 * Counts the changes; with a per-start prefix it names one state of the knowledge
	 * base.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final String started = UUID.randomUUID().toString().substring(0, 8);

	private final ApplicationEventPublisher events;

	KnowledgeBase(ToolRepository tools, ClaimRepository claims, ApplicationEventPublisher events) {
		this.tools = tools;
		this.claims = claims;
		this.events = events;
	}

	/** Every active tool, ordered by slug. */
	public List<ToolEntry> tools() {
		return snapshot().tools;
	}

	public Optional<ToolEntry> tool(String slug) {
		return Optional.ofNullable(snapshot().bySlug.get(slug));
	}

	/** Every active claim, ordered by id. */
	public List<ClaimDocument> claims() {
		return snapshot().claims;
	}

	public Optional<ClaimDocument> claim(String id) {
		return snapshot().claims.stream().filter((c) -> c.id().equals(id)).findFirst();
	}

	/**
	 * Names the state of the tools and claims that {@link #tools()} and {@link #claims()}
	 * return: it changes with every edit, import and sync, and with every start of the
	 * app (whose templates may have changed). Pages derived only from the knowledge base
	 * can be cached under it.
	 */
	public String version() {
		return snapshot().version;
	}

	public LoadReport lastLoad() {
		return this.lastLoad;
	}

	/**
	 * Keeps the report of a sync for the instructor pages, rebuilds the snapshot and
	 * tells whoever caches pages.
	 */
	public void recordLoad(LoadReport report) {
		this.lastLoad = report;
		refresh();
		this.events.publishEvent(new KnowledgeBaseSynced(report));
	}

	/** Drops the snapshot; the next read rebuilds it from the database. */
	public void refresh() {
		this.generation.incrementAndGet();
		this.snapshot = null;
	}

	/** Any change makes the snapshot stale; rebuild it once the change is committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ToolEdited event) {
		refresh();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ClaimEdited event) {
		refresh();
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current == null) {
			long before = this.generation.get();
			current = load(this.started + "-" + before);
			// A change committed while loading must not be hidden behind the snapshot
			// read before it.
			if (this.generation.get() == before) {
				this.snapshot = current;
			}
		}
		return current;
	}

	@Transactional(readOnly = true)
	Snapshot load(String version) {
		List<ToolEntry> entries = this.tools.findByRetiredFalseOrderBySlug()
			.stream()
			.map(KnowledgeBase::entry)
			.toList();
		List<ClaimDocument> claimDocs = this.claims.findByRetiredFalseOrderByKey()
			.stream()
			.map(Claim::toDocument)
			.sorted(Comparator.comparing(ClaimDocument::id))
			.toList();
		return new Snapshot(entries,
				entries.stream().collect(Collectors.toUnmodifiableMap(ToolEntry::slug, Function.identity())), claimDocs,
				version);
	}

	static ToolEntry entry(Tool tool) {
		return new ToolEntry(tool.toDocument(), tool.getVersion(), tool.getUpdatedAt(), tool.getUpdatedBy());
	}

	record Snapshot(List<ToolEntry> tools, Map<String, ToolEntry> bySlug, List<ClaimDocument> claims, String version) {
	}

}
