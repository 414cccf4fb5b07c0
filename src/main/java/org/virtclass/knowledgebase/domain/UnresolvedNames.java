package org.virtclass.knowledgebase.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores sightings of unresolved names in batches and keeps the table bounded. */
@Service
public class UnresolvedNames {

	private final UnresolvedNameRepository repository;

	UnresolvedNames(UnresolvedNameRepository repository) {
		this.repository = repository;
	}

	/** A batch of sightings of one name. */
	public record Sighting(long times, Instant lastSeen, String sample) {
	}

	/**
	 * Adds the sightings, then evicts the least recently seen names beyond {@code max}.
	 */
	@Transactional
	public void add(Map<String, Sighting> sightings, int max) {
		for (Map.Entry<String, Sighting> e : sightings.entrySet()) {
			UnresolvedName row = this.repository.findById(e.getKey()).orElseGet(() -> new UnresolvedName(e.getKey()));
			Sighting s = e.getValue();
			row.seen(s.times(), s.lastSeen(), s.sample());
			this.repository.save(row);
		}
		this.repository.flush();
		long excess = this.repository.count() - max;
		if (excess > 0) {
			this.repository.deleteAll(this.repository.findAllByOrderByLastSeenAsc(PageRequest.of(0, (int) excess)));
		}
	}

	@Transactional(readOnly = true)
	public List<UnresolvedName> byCount() {
		return this.repository.findAllByOrderByCountDescLastSeenDesc();
	}

	@Transactional
	public boolean remove(String name) {
		if (!this.repository.existsById(name)) {
			return false;
		}
		this.repository.deleteById(name);
		return true;
	}

}
