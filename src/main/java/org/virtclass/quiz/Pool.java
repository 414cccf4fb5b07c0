package org.virtclass.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.virtclass.classification.ClassificationEngine;
import org.virtclass.classification.Comparison;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ToolFacts;
import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * What the generator draws from: every tool with the engine's verdict and the verdicts
 * under the other readings of its contested facts, every claim, and the pairs of tools
 * that exactly one criterion (or only the category) separates. Built once per
 * knowledge-base snapshot.
 */
final class Pool {

	final List<Candidate> tools;

	final List<ClaimDocument> claims;

	final List<Pair> pairs;

	private Pool(List<Candidate> tools, List<ClaimDocument> claims, List<Pair> pairs) {
		this.tools = tools;
		this.claims = claims;
		this.pairs = pairs;
	}

	static Pool of(List<ToolDocument> documents, List<ClaimDocument> claims, ClassificationEngine engine) {
		List<Candidate> tools = documents.stream()
			.sorted(Comparator.comparing(ToolDocument::slug))
			.filter((d) -> !d.contested() || !d.facts().contested().isEmpty())
			.map((d) -> new Candidate(d, engine.classify(d.facts()),
					engine.otherReadings(d.facts()).stream().map((f) -> new Reading(f, engine.classify(f))).toList()))
			.toList();
		List<Pair> pairs = new ArrayList<>();
		List<Candidate> settled = tools.stream().filter(Candidate::settled).toList();
		for (int i = 0; i < settled.size(); i++) {
			for (int j = i + 1; j < settled.size(); j++) {
				Candidate a = settled.get(i);
				Candidate b = settled.get(j);
				Comparison comparison = engine.compare(a.verdict(), b.verdict());
				if (comparison.differences().size() == 1
						|| (comparison.differences().isEmpty() && !comparison.sameCategory())) {
					pairs.add(new Pair(a, b, comparison));
				}
			}
		}
		List<ClaimDocument> sortedClaims = claims.stream().sorted(Comparator.comparing(ClaimDocument::id)).toList();
		return new Pool(tools, sortedClaims, List.copyOf(pairs));
	}

	List<Candidate> tools(Predicate<Candidate> filter) {
		return this.tools.stream().filter(filter).toList();
	}

	record Reading(ToolFacts facts, Verdict verdict) {
	}

	/**
	 * A tool, its verdict, and its verdicts under every other reading of its contested
	 * facts.
	 */
	record Candidate(ToolDocument doc, Verdict verdict, List<Reading> readings) {

		String slug() {
			return this.doc.slug();
		}

		/**
		 * True when the predicate holds for the tool as recorded and under every other
		 * reading.
		 */
		boolean always(BiPredicate<ToolFacts, Verdict> predicate) {
			return predicate.test(this.doc.facts(), this.verdict)
					&& this.readings.stream().allMatch((r) -> predicate.test(r.facts(), r.verdict()));
		}

		boolean always(Predicate<Verdict> predicate) {
			return always((f, v) -> predicate.test(v));
		}

		/** No reading changes the category or any criterion. */
		boolean settled() {
			Verdict v = this.verdict;
			return always((o) -> o.category() == v.category() && o.hypervisorType() == v.hypervisorType()
					&& o.isolationLevel() == v.isolationLevel() && o.imageModel() == v.imageModel());
		}

		/**
		 * A textbook hypervisor: type 1 or 2 under every reading and not marked
		 * contested.
		 */
		boolean classicVm() {
			return !this.doc.contested() && always((v) -> v.vmTool()
					&& (v.hypervisorType() == HypervisorType.TYPE_1 || v.hypervisorType() == HypervisorType.TYPE_2));
		}

	}

	/** Two settled tools that one criterion, or only their category, separates. */
	record Pair(Candidate a, Candidate b, Comparison comparison) {
	}

}
