package org.virtclass.knowledgebase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.IsolationLevel;

/**
 * A catalogue query: free text over both languages' names and aliases, plus label
 * filters. Blank parts match everything. Text ranks like a catalogue: a whole name or
 * alias first (versions and editions ignored), then names that start with the text, then
 * names with every word of the text (a word may be the start of a name's word, and
 * Chinese text may sit inside a Chinese word), then a Latin word that contains the text.
 * Only when none of these finds anything are names one or two letters away offered, as
 * "did you mean". The text never matches across words: "wsl" does not find "AWS Lambda".
 */
public record ToolSearch(String q, Category category, HypervisorType hypervisorType, IsolationLevel isolationLevel) {

	/** Rank of a fuzzy hit: only shown when nothing better was found. */
	static final int FUZZY = 5;

	static final int NO_MATCH = Integer.MAX_VALUE;

	/** Short text inside a word ("bo") finds too much to be useful. */
	private static final int MIN_INSIDE = 3;

	/**
	 * What a query found.
	 *
	 * @param tools the hits, best first; the fuzzy ones when nothing else was found
	 * @param didYouMean whether {@code tools} are only near misses of the text
	 * @param unresolved whether the text named nothing in the catalogue (an unknown name)
	 */
	public record Result(List<ToolEntry> tools, boolean didYouMean, boolean unresolved) {
	}

	public List<ToolEntry> apply(List<ToolEntry> tools) {
		return search(tools).tools();
	}

	public Result search(List<ToolEntry> tools) {
		List<ToolEntry> filtered = tools.stream().filter(this::passesFilters).toList();
		List<String> words = NameKeys.withoutVersions(NameKeys.words(this.q));
		if (words.isEmpty()) {
			return new Result(filtered, false, false);
		}
		Query query = new Query(String.join("", NameKeys.words(this.q)), String.join("", words), words);
		List<Ranked> ranked = new ArrayList<>();
		for (ToolEntry t : filtered) {
			int rank = rank(t.document(), query);
			if (rank != NO_MATCH) {
				ranked.add(new Ranked(t, rank));
			}
		}
		ranked.sort(Comparator.comparingInt(Ranked::rank));
		boolean onlyFuzzy = ranked.stream().allMatch((r) -> r.rank == FUZZY);
		List<ToolEntry> hits = ranked.stream().filter((r) -> onlyFuzzy || r.rank < FUZZY).map(Ranked::tool).toList();
		boolean anyFilter = this.category != null || this.hypervisorType != null || this.isolationLevel != null;
		return new Result(hits, onlyFuzzy && !hits.isEmpty(), onlyFuzzy && !anyFilter);
	}

	private boolean passesFilters(ToolEntry t) {
		Labels labels = t.document().labels();
		return (this.category == null || labels.category() == this.category)
				&& (this.hypervisorType == null || labels.hypervisorType() == this.hypervisorType)
				&& (this.isolationLevel == null || labels.isolationLevel() == this.isolationLevel);
	}

	/**
	 * 0 a whole name as written, 1 a whole name without versions and editions, 2 the
	 * start of a name, 3 every word (or the vendor's), 4 inside a word, {@link #FUZZY},
	 * or no match.
	 */
	static int rank(ToolDocument d, Query query) {
		List<String> names = new ArrayList<>(List.of(d.name(), d.nameZh(), d.slug()));
		names.addAll(d.aliases());
		int best = NO_MATCH;
		for (String name : names) {
			List<String> words = NameKeys.words(name);
			String key = String.join("", words);
			String loose = String.join("", NameKeys.withoutVersions(words));
			if (key.equals(query.key)) {
				return 0;
			}
			if (loose.equals(query.loose)) {
				best = Math.min(best, 1);
			}
			else if (key.startsWith(query.key) || loose.startsWith(query.loose)) {
				best = Math.min(best, 2);
			}
			else if (hasEveryWord(words, query.words)) {
				best = Math.min(best, 3);
			}
			else if (inside(words, query.words)) {
				best = Math.min(best, 4);
			}
			else if (best == NO_MATCH) {
				int limit = NameKeys.typoLimit(loose);
				if (limit > 0 && NameKeys.distance(query.loose, loose, limit) <= limit) {
					best = FUZZY;
				}
			}
		}
		if (best > 3 && hasEveryWord(NameKeys.words(d.vendor()), query.words)) {
			best = 3;
		}
		return best;
	}

	private static boolean hasEveryWord(List<String> nameWords, List<String> queryWords) {
		return queryWords.stream()
			.allMatch((q) -> nameWords.stream()
				.anyMatch((w) -> w.startsWith(q) || (NameKeys.isHan(q) && NameKeys.isHan(w) && w.contains(q))));
	}

	private static boolean inside(List<String> nameWords, List<String> queryWords) {
		return queryWords.stream()
			.allMatch((q) -> q.length() >= MIN_INSIDE && nameWords.stream().anyMatch((w) -> w.contains(q)));
	}

	record Query(String key, String loose, List<String> words) {
	}

	private record Ranked(ToolEntry tool, int rank) {
	}

}
