package org.virtclass.knowledgebase;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.virtclass.knowledgebase.domain.UnresolvedNames;

/**
 * Names that the question checker and the catalogue search could not resolve, fed back to
 * instructors so that they can add the tool or an alias. Recording only counts in memory;
 * one background thread writes the counts to the database at most twice a second, so a
 * request never waits for it. Only the normalised name, a count, when it was last seen
 * and one sample question are kept: no user, address or session. The list is bounded: at
 * most {@link #MAX_NAMES} names (the least recently seen are evicted), names of at most
 * {@link #MAX_NAME} characters and samples of at most {@link #MAX_SAMPLE}.
 */
@Service
public class UnknownNames {

	public static final int MAX_NAMES = 1000;

	public static final int MAX_NAME = 100;

	public static final int MAX_SAMPLE = 200;

	/**
	 * Names shorter than this are typing in progress or noise, not a tool an instructor
	 * could add.
	 */
	static final int MIN_NAME = 2;

	/** Sightings within this time are written together, in one transaction. */
	static final long WRITE_DELAY_MS = 500;

	private static final Logger log = LoggerFactory.getLogger(UnknownNames.class);

	private final UnresolvedNames store;

	private final KnowledgeBase knowledgeBase;

	private final Clock clock;

	private final Map<String, UnresolvedNames.Sighting> pending = new ConcurrentHashMap<>();

	private final AtomicBoolean flushQueued = new AtomicBoolean();

	private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "unknown-names");
		t.setDaemon(true);
		return t;
	});

	UnknownNames(UnresolvedNames store, KnowledgeBase knowledgeBase) {
		this.store = store;
		this.knowledgeBase = knowledgeBase;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Counts one sighting of a name; returns at once.
	 * @param name the name as asked (it is normalised here)
	 * @param sample the question it came in, or null
	 */
	public void record(String name, String sample) {
		String key = normalise(name);
		if (key.length() < MIN_NAME) {
			return;
		}
		String shortSample = (sample == null || sample.isBlank()) ? null : truncate(sample.strip(), MAX_SAMPLE);
		UnresolvedNames.Sighting seen = new UnresolvedNames.Sighting(1, this.clock.instant(), shortSample);
		this.pending.merge(key, seen,
				(a, b) -> new UnresolvedNames.Sighting(a.times() + b.times(),
						b.lastSeen().isAfter(a.lastSeen()) ? b.lastSeen() : a.lastSeen(),
						(b.sample() != null) ? b.sample() : a.sample()));
		if (this.flushQueued.compareAndSet(false, true)) {
			this.writer.schedule(this::flushQuietly, WRITE_DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	/** Every recorded name that still names no tool, most asked first. */
	public List<UnknownName> list() {
		flush();
		Set<String> known = new HashSet<>();
		for (ToolEntry t : this.knowledgeBase.tools()) {
			ToolDocument d = t.document();
			known.add(NameKeys.looseKey(d.name()));
			known.add(NameKeys.looseKey(d.nameZh()));
			known.add(NameKeys.looseKey(d.slug()));
			d.aliases().forEach((a) -> known.add(NameKeys.looseKey(a)));
		}
		return this.store.byCount()
			.stream()
			.filter((n) -> !known.contains(NameKeys.looseKey(n.getName())))
			.map((n) -> new UnknownName(n.getName(), n.getCount(), n.getLastSeen(), n.getSample()))
			.toList();
	}

	/** Forgets a name (it comes back when it is asked again). */
	public boolean dismiss(String name) {
		flush();
		return this.store.remove(normalise(name));
	}

	/** Lower case, one space between words, at most {@link #MAX_NAME} characters. */
	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return truncate(text.replaceAll("\\s+", " ").strip(), MAX_NAME);
	}

	/** Writes what has been counted so far. */
	public synchronized void flush() {
		this.flushQueued.set(false);
		if (this.pending.isEmpty()) {
			return;
		}
		Map<String, UnresolvedNames.Sighting> batch = new HashMap<>();
		for (String key : new ArrayList<>(this.pending.keySet())) {
			UnresolvedNames.Sighting s = this.pending.remove(key);
			if (s != null) {
				batch.put(key, s);
			}
		}
		this.store.add(batch, MAX_NAMES);
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// Feedback for instructors must never break a student's request; the counts
			// are lost.
			log.warn("Could not store unknown names: {}", ex.getMessage());
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(5, TimeUnit.SECONDS);
		flushQuietly();
	}

	private static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

}
