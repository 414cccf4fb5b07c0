package org.virtclass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a check many times over values from one seeded generator. Every run draws a new
 * seed, so the suite keeps exploring; a failure names the seed and the try, and
 * {@code -Dvirtclass.seed=N} repeats exactly that run.
 */
public final class Seeded {

	public static final String SEED_PROPERTY = "virtclass.seed";

	private Seeded() {
	}

	/**
	 * Runs {@code check} {@code tries} times, each with the next values of one generator.
	 */
	public static void tries(int tries, Check check) {
		long seed = seed();
		Gen gen = new Gen(new SplittableRandom(seed));
		for (int i = 1; i <= tries; i++) {
			try {
				check.run(gen);
			}
			catch (Throwable failure) {
				String where = "failed on try " + i + " of " + tries + " with seed " + seed + " (repeat with -D"
						+ SEED_PROPERTY + "=" + seed + ")";
				System.err.println(where);
				throw new AssertionError(where + ": " + failure.getMessage(), failure);
			}
		}
	}

	private static long seed() {
		String fixed = System.getProperty(SEED_PROPERTY);
		return (fixed != null && !fixed.isBlank()) ? Long.parseLong(fixed.strip()) : new SplittableRandom().nextLong();
	}

	/** One try's body. */
	@FunctionalInterface
	public interface Check {

		void run(Gen gen) throws Throwable;

	}

	/** Draws values from the run's random stream. */
	public static final class Gen {

		private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

		private final SplittableRandom random;

		Gen(SplittableRandom random) {
			this.random = random;
		}

		public int between(int min, int max) {
			return this.random.nextInt(min, max + 1);
		}

		public long anyLong() {
			return this.random.nextLong();
		}

		public boolean bool() {
			return this.random.nextBoolean();
		}

		public <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		public <E extends Enum<E>> E pick(Class<E> type) {
			E[] values = type.getEnumConstants();
			return values[this.random.nextInt(values.length)];
		}

		/**
		 * Between {@code min} and {@code max} distinct elements of {@code values}, in
		 * random order.
		 */
		public <T> List<T> distinct(List<T> values, int min, int max) {
			List<T> copy = new ArrayList<>(values);
			Collections.shuffle(copy, random());
			return new ArrayList<>(copy.subList(0, between(min, Math.min(max, copy.size()))));
		}

		/** Letters only, as an identifier-like key. */
		public String alpha(int minLength, int maxLength) {
			StringBuilder s = new StringBuilder();
			int length = between(minLength, maxLength);
			for (int i = 0; i < length; i++) {
				s.append(ALPHA.charAt(this.random.nextInt(ALPHA.length())));
			}
			return s.toString();
		}

		/**
		 * Any text: printable ASCII, white space, CJK, accented letters, symbols and an
		 * occasional control or surrogate-pair character.
		 */
		public String text(int minLength, int maxLength) {
			StringBuilder s = new StringBuilder();
			int length = between(minLength, maxLength);
			for (int i = 0; i < length; i++) {
				int kind = this.random.nextInt(10);
				int cp = switch (kind) {
					case 0 -> pick(List.of(' ', '\t', '\n', '\u3000'));
					case 1 -> between(0x4E00, 0x9FA5);
					case 2 -> between(0xC0, 0x24F);
					case 3 -> pick(List.of(0x1F600, 0x1F4BB, 0x2603, 0x00A0, 0x0007));
					default -> between(0x21, 0x7E);
				};
				s.appendCodePoint(cp);
			}
			return s.toString();
		}

		/**
		 * Draws from {@code draw} until {@code accept} holds (the generator's "assume").
		 */
		public <T> T such(Supplier<T> draw, Predicate<T> accept) {
			for (int i = 0; i < 10_000; i++) {
				T value = draw.get();
				if (accept.test(value)) {
					return value;
				}
			}
			throw new IllegalStateException("the generator found no accepted value in 10,000 draws");
		}

		/**
		 * A {@link Random} seeded from this run, for APIs such as
		 * {@link Collections#shuffle}.
		 */
		public Random random() {
			return new Random(this.random.nextLong());
		}

	}

}
