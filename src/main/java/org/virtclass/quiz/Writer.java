package org.virtclass.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.virtclass.classification.Category;
import org.virtclass.classification.Criterion;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.Reason;
import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ClaimVerdict;
import org.virtclass.quiz.Pool.Candidate;
import org.virtclass.quiz.Pool.Pair;
import org.virtclass.quiz.Question.Option;

/**
 * Writes one question at a time for {@link QuizGenerator}. Each type says which tools may
 * be the key and which may be distractors (as predicates that must hold under every
 * reading), and difficulty narrows both: easy keeps the textbook cases and far-away
 * distractors, hard brings in near misses.
 */
final class Writer {

	/** Reason keys of the engine per criterion, to quote the sentence that decided it. */
	private static final List<String> HYPERVISOR_REASONS = List.of("type1", "type2", "hybrid", "managerHasNoType",
			"notAHypervisor");

	private static final List<String> ISOLATION_REASONS = List.of("ownKernelIsolation", "sharedKernelIsolation",
			"userKernelIsolation", "syscallIsolation", "isaIsolation", "noIsolation");

	private static final List<String> IMAGE_REASONS = List.of("diskImage", "ociImage", "rootfsTemplate", "bootMedia",
			"noImage");

	private static final Set<Category> NOT_SHARING = EnumSet.of(Category.VM_TOOL, Category.EMULATOR,
			Category.SANDBOXED_CONTAINER);

	private static final List<ClaimVerdict> VERDICT_OPTIONS = List.of(ClaimVerdict.TRUE, ClaimVerdict.FALSE,
			ClaimVerdict.MISLEADING);

	private final Pool pool;

	private final Texts texts;

	private final QuizSpec spec;

	private final Random random;

	private final boolean hard;

	Writer(Pool pool, Texts texts, QuizSpec spec, Random random) {
		this.pool = pool;
		this.texts = texts;
		this.spec = spec;
		this.random = random;
		this.hard = spec.difficulty() == Difficulty.HARD;
	}

	Optional<Question> write(QuestionType type, Set<String> used) {
		return switch (type) {
			case VM_TOOL -> vmTool(used);
			case NOT_VM_TOOL -> notVmTool(used);
			case TYPE_1_HYPERVISOR -> hypervisor(type, HypervisorType.TYPE_1, used);
			case TYPE_2_HYPERVISOR -> hypervisor(type, HypervisorType.TYPE_2, used);
			case SHARES_HOST_KERNEL -> sharesHostKernel(used);
			case IMAGE_FORMAT ->
				this.random.nextBoolean() ? toolForFormat(used) : formatForTool(used).or(() -> toolForFormat(used));
			case MYTH_OR_FACT -> mythOrFact(used);
			case CRITERION -> criterion(used);
			case TEACHER -> Optional.empty();
		};
	}

	private Optional<Question> vmTool(Set<String> used) {
		Predicate<Candidate> key = this.hard ? (c) -> c.always(Verdict::vmTool) : Candidate::classicVm;
		Predicate<Candidate> distractor = this.hard
				? (c) -> c.always((v) -> !v.vmTool()) && c.verdict().category() != Category.NOT_VIRTUALIZATION
				: (c) -> c.always((v) -> v.category() == Category.NOT_VIRTUALIZATION);
		return toolChoice(QuestionType.VM_TOOL, this.texts.get("quiz.stem.VM_TOOL"), key, distractor,
				(c) -> c.verdict().reasons().get(0), used);
	}

	private Optional<Question> notVmTool(Set<String> used) {
		Predicate<Candidate> key = this.hard
				? (c) -> c.always((v) -> !v.vmTool()) && c.verdict().category() != Category.NOT_VIRTUALIZATION
				: (c) -> c.always((v) -> v.category() == Category.NOT_VIRTUALIZATION);
		Predicate<Candidate> distractor = this.hard ? (c) -> c.always(Verdict::vmTool) : Candidate::classicVm;
		return toolChoice(QuestionType.NOT_VM_TOOL, this.texts.get("quiz.stem.NOT_VM_TOOL"), key, distractor,
				(c) -> c.verdict().reasons().get(0), used);
	}

	private Optional<Question> hypervisor(QuestionType type, HypervisorType wanted, Set<String> used) {
		Predicate<Candidate> key = (c) -> c.always((v) -> v.hypervisorType() == wanted);
		Predicate<Candidate> distractor = this.hard ? (c) -> c.always((v) -> v.vmTool() && v.hypervisorType() != wanted)
				: (c) -> c.always((v) -> !v.vmTool());
		return toolChoice(type, this.texts.get("quiz.stem." + type.name()), key, distractor,
				(c) -> find(c.verdict(), HYPERVISOR_REASONS), used);
	}

	private Optional<Question> sharesHostKernel(Set<String> used) {
		Predicate<Candidate> key = (c) -> c.always((v) -> v.category() == Category.CONTAINER);
		Predicate<Candidate> distractor = this.hard
				? (c) -> c.always((v) -> NOT_SHARING.contains(v.category())) && !c.classicVm() : Candidate::classicVm;
		return toolChoice(QuestionType.SHARES_HOST_KERNEL, this.texts.get("quiz.stem.SHARES_HOST_KERNEL"), key,
				distractor, (c) -> find(c.verdict(), ISOLATION_REASONS), used);
	}

	/** "Which tool packages its guests as F?" */
	private Optional<Question> toolForFormat(Set<String> used) {
		List<ImageFormat> formats = new ArrayList<>(List.of(ImageFormat.values()));
		Collections.shuffle(formats, this.random);
		for (ImageFormat format : formats) {
			Predicate<Candidate> key = (c) -> c
				.always((f, v) -> f.hasFormat(format) && v.imageModel() == format.model());
			Predicate<Candidate> notIt = (c) -> c
				.always((f, v) -> !f.hasFormat(format) && v.imageModel() != format.model());
			Predicate<Candidate> distractor = this.hard
					? notIt.and((c) -> c.verdict().category() != Category.NOT_VIRTUALIZATION)
					: notIt.and((c) -> c.verdict().category() == Category.NOT_VIRTUALIZATION);
			String formatName = this.texts.get("classification.imageFormat." + format.name());
			Optional<Question> question = toolChoice(QuestionType.IMAGE_FORMAT,
					this.texts.get("quiz.stem.IMAGE_FORMAT.tool", formatName), key, distractor,
					(c) -> find(c.verdict(), IMAGE_REASONS), used);
			if (question.isPresent()) {
				return question;
			}
		}
		return Optional.empty();
	}

	/** "Which format does T package its guests as?" */
	private Optional<Question> formatForTool(Set<String> used) {
		Predicate<Candidate> settledImages = (c) -> c.verdict().imageModel() != ImageModel.NONE
				&& c.always((f, v) -> v.imageModel() == c.verdict().imageModel()
						&& f.imageFormats().equals(c.doc().facts().imageFormats()));
		Predicate<Candidate> textbook = (c) -> !c.doc().contested()
				&& (c.verdict().category() == Category.VM_TOOL || c.verdict().category() == Category.CONTAINER);
		List<Candidate> subjects = unused(this.pool.tools(settledImages.and(this.hard ? textbook.negate() : textbook)),
				used);
		Collections.shuffle(subjects = new ArrayList<>(subjects), this.random);
		for (Candidate tool : subjects) {
			ImageModel model = tool.verdict().imageModel();
			List<ImageFormat> keys = tool.doc()
				.facts()
				.imageFormats()
				.stream()
				.filter((f) -> f.model() == model)
				.toList();
			List<ImageFormat> others = new ArrayList<>();
			for (ImageFormat f : ImageFormat.values()) {
				if (f.model() != model && !tool.doc().facts().hasFormat(f)) {
					others.add(f);
				}
			}
			int wanted = this.spec.optionCount() - 1;
			if (keys.isEmpty() || others.size() < wanted) {
				continue;
			}
			ImageFormat key = keys.get(this.random.nextInt(keys.size()));
			Collections.shuffle(others, this.random);
			List<ImageFormat> chosen = new ArrayList<>(others.subList(0, wanted));
			chosen.add(key);
			Collections.shuffle(chosen, this.random);
			String toolName = this.texts.name(tool.doc());
			String modelName = this.texts.get("classification.imageModel." + model.name());
			List<Option> options = chosen.stream().map((f) -> {
				String name = this.texts.get("classification.imageFormat." + f.name());
				String fModel = this.texts.get("classification.imageModel." + f.model().name());
				String feedback = (f == key) ? this.texts.get("quiz.feedback.format.key", name, fModel, toolName)
						: this.texts.get("quiz.feedback.format.other", name, fModel, toolName, modelName);
				return new Option(name, null, feedback);
			}).toList();
			used.add(tool.slug());
			String explanation = this.texts.get("quiz.feedback.tool", toolName,
					this.texts.reason(find(tool.verdict(), IMAGE_REASONS)));
			return Optional
				.of(question(QuestionType.IMAGE_FORMAT, this.texts.get("quiz.stem.IMAGE_FORMAT.format", toolName),
						options, chosen.indexOf(key), explanation, List.of(tool.slug()), null));
		}
		return Optional.empty();
	}

	private Optional<Question> mythOrFact(Set<String> used) {
		List<ClaimDocument> claims = this.pool.claims.stream()
			.filter((c) -> this.hard || c.verdict() != ClaimVerdict.MISLEADING)
			.filter((c) -> !used.contains("claim:" + c.id()))
			.toList();
		if (claims.isEmpty()) {
			return Optional.empty();
		}
		ClaimDocument claim = claims.get(this.random.nextInt(claims.size()));
		used.add("claim:" + claim.id());
		String correction = this.texts.pick(claim.correctionEn(), claim.correctionZh());
		String keyLabel = this.texts.get("quiz.myth." + claim.verdict().name());
		List<Option> options = VERDICT_OPTIONS.stream()
			.map((v) -> new Option(this.texts.get("quiz.myth." + v.name()), null,
					(v == claim.verdict()) ? correction
							: this.texts.get("quiz.feedback.myth.wrong", keyLabel, correction)))
			.toList();
		List<String> tools = claim.tools()
			.stream()
			.filter((slug) -> this.pool.tools.stream().anyMatch((c) -> c.slug().equals(slug)))
			.toList();
		String stem = this.texts.get("quiz.stem.MYTH_OR_FACT",
				this.texts.pick(claim.claimEn(), claim.claimZh()).strip());
		return Optional.of(question(QuestionType.MYTH_OR_FACT, stem, options, VERDICT_OPTIONS.indexOf(claim.verdict()),
				correction, tools, claim.id()));
	}

	private Optional<Question> criterion(Set<String> used) {
		Predicate<Candidate> textbook = (c) -> !c.doc().contested() && c.verdict().confidence() == 1.0
				&& (c.classicVm() || c.verdict().category() == Category.CONTAINER);
		List<Pair> pairs = this.pool.pairs.stream().filter((p) -> {
			boolean easy = textbook.test(p.a()) && textbook.test(p.b()) && !p.comparison().differences().isEmpty();
			return this.hard != easy;
		}).filter((p) -> !used.contains(pairKey(p))).toList();
		if (pairs.isEmpty()) {
			return Optional.empty();
		}
		Pair pair = pairs.get(this.random.nextInt(pairs.size()));
		used.add(pairKey(pair));
		boolean swap = this.random.nextBoolean();
		Candidate left = swap ? pair.b() : pair.a();
		Candidate right = swap ? pair.a() : pair.b();
		Criterion separating = pair.comparison().differences().isEmpty() ? null
				: pair.comparison().differences().get(0).criterion();
		String leftName = this.texts.name(left.doc());
		String rightName = this.texts.name(right.doc());
		List<Option> options = new ArrayList<>();
		List<Criterion> values = new ArrayList<>(
				List.of(Criterion.HYPERVISOR_TYPE, Criterion.ISOLATION_LEVEL, Criterion.IMAGE_MODEL));
		for (Criterion c : values) {
			String text = this.texts.get("quiz.criterion." + c.name());
			String feedback;
			if (c == separating) {
				feedback = this.texts.get("quiz.feedback.criterion.key",
						this.texts.get("classification.compare." + c.field(),
								this.texts.get(valueKey(left.verdict().valueOf(c))),
								this.texts.get(valueKey(right.verdict().valueOf(c)))));
			}
			else {
				feedback = this.texts.get("quiz.feedback.criterion.same", this.texts.get(c.key()),
						this.texts.get(valueKey(left.verdict().valueOf(c))));
			}
			options.add(new Option(text, null, feedback));
		}
		String categories = this.texts.get("quiz.feedback.criterion.categories", leftName,
				this.texts.get("classification.category." + left.verdict().category().name()), rightName,
				this.texts.get("classification.category." + right.verdict().category().name()));
		options.add(new Option(this.texts.get("quiz.criterion.NONE"), null,
				(separating == null) ? this.texts.get("quiz.feedback.criterion.none.key", categories)
						: this.texts.get("quiz.feedback.criterion.none.wrong")));
		int answer = (separating == null) ? 3 : values.indexOf(separating);
		if (this.spec.optionCount() == 3) {
			List<Integer> removable = new ArrayList<>();
			for (int i = 0; i < options.size(); i++) {
				if (i != answer) {
					removable.add(i);
				}
			}
			int removed = removable.get(this.random.nextInt(removable.size()));
			options.remove(removed);
			if (removed < answer) {
				answer--;
			}
		}
		String explanation = this.texts.join(this.texts.reason(orient(pair, swap)), this.texts.join(
				this.texts.get("quiz.feedback.tool", leftName, this.texts.reason(left.verdict().reasons().get(0))),
				this.texts.get("quiz.feedback.tool", rightName, this.texts.reason(right.verdict().reasons().get(0)))));
		return Optional.of(question(QuestionType.CRITERION, this.texts.get("quiz.stem.CRITERION", leftName, rightName),
				options, answer, explanation, List.of(left.slug(), right.slug()), null));
	}

	/**
	 * The comparison's sentence with the values in the order the stem names the tools.
	 */
	private static Reason orient(Pair pair, boolean swap) {
		Reason reason = pair.comparison().reason();
		List<Object> args = reason.args();
		if (!swap || args.size() < 2) {
			return reason;
		}
		return (args.size() == 2) ? Reason.of(reason.key(), args.get(1), args.get(0))
				: Reason.of(reason.key(), args.get(0), args.get(2), args.get(1));
	}

	private static String pairKey(Pair p) {
		return "pair:" + p.a().slug() + "|" + p.b().slug();
	}

	private static String valueKey(Enum<?> value) {
		String type = Character.toLowerCase(value.getDeclaringClass().getSimpleName().charAt(0))
				+ value.getDeclaringClass().getSimpleName().substring(1);
		return "classification." + type + "." + value.name();
	}

	/**
	 * A question whose options are tools: one key, the rest distractors, in random order.
	 */
	private Optional<Question> toolChoice(QuestionType type, String stem, Predicate<Candidate> keyRole,
			Predicate<Candidate> distractorRole, Function<Candidate, Reason> why, Set<String> used) {
		List<Candidate> keys = unused(this.pool.tools(keyRole), used);
		List<Candidate> distractors = this.pool.tools(distractorRole);
		int wanted = this.spec.optionCount() - 1;
		if (keys.isEmpty() || distractors.size() < wanted) {
			return Optional.empty();
		}
		Candidate key = keys.get(this.random.nextInt(keys.size()));
		List<Candidate> shuffled = new ArrayList<>(distractors);
		shuffled.remove(key);
		Collections.shuffle(shuffled, this.random);
		List<Candidate> chosen = new ArrayList<>();
		Set<String> names = new HashSet<>();
		names.add(this.texts.name(key.doc()));
		for (Candidate c : shuffled) {
			if (chosen.size() < wanted && names.add(this.texts.name(c.doc()))) {
				chosen.add(c);
			}
		}
		if (chosen.size() < wanted) {
			return Optional.empty();
		}
		chosen.add(key);
		Collections.shuffle(chosen, this.random);
		used.add(key.slug());
		List<Option> options = chosen.stream()
			.map((c) -> new Option(this.texts.name(c.doc()), c.slug(),
					(c == key) ? this.texts.get("quiz.feedback.tool", this.texts.name(c.doc()),
							this.texts.reason(why.apply(c))) : ruledOut(c, why.apply(c))))
			.toList();
		Reason decisive = key.verdict().reasons().get(0);
		String explanation = this.texts.get("quiz.feedback.tool", this.texts.name(key.doc()),
				this.texts.join(this.texts.reason(decisive), this.texts.reason(why.apply(key))));
		return Optional.of(question(type, stem, options, chosen.indexOf(key), explanation,
				chosen.stream().map(Candidate::slug).toList(), null));
	}

	/**
	 * Why a distractor is wrong, as the one fact behind the engine's deciding rule. A
	 * distractor that is no hypervisor at all is ruled out by what its category rests on,
	 * not by "no hypervisor type".
	 */
	private String ruledOut(Candidate distractor, Reason why) {
		Reason reason = why.key().equals("classification.reason.notAHypervisor") ? distractor.verdict().reasons().get(0)
				: why;
		String rule = reason.key().substring(reason.key().lastIndexOf('.') + 1);
		String fact = this.texts.reason(new Reason("quiz.ruleOut." + rule, reason.args()));
		if (fact.startsWith("quiz.ruleOut.")) {
			// a rule with no fact sentence (none today): the engine's own sentence
			return this.texts.get("quiz.feedback.tool", this.texts.name(distractor.doc()), this.texts.reason(why));
		}
		return this.texts.get("quiz.feedback.ruleOut", this.texts.name(distractor.doc()), fact);
	}

	private static List<Candidate> unused(List<Candidate> candidates, Set<String> used) {
		return candidates.stream().filter((c) -> !used.contains(c.slug())).toList();
	}

	private Question question(QuestionType type, String stem, List<Option> options, int answer, String explanation,
			List<String> tools, String claim) {
		return new Question(type, this.spec.difficulty(), this.texts.lang(), stem, options, answer, explanation, tools,
				claim);
	}

	private static Reason find(Verdict verdict, List<String> names) {
		for (Reason reason : verdict.reasons()) {
			for (String name : names) {
				if (reason.key().equals("classification.reason." + name)) {
					return reason;
				}
			}
		}
		return verdict.reasons().get(0);
	}

}
