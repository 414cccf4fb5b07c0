package org.virtclass.knowledgebase;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names are compared, by the catalogue search and the question checker alike: words
 * are runs of letters and digits (a run of Chinese characters is one word), case and
 * punctuation are ignored, and versions and editions after the first word are left out
 * ("VMware Workstation Pro 17" is "vmware workstation"). Near misses are measured in
 * edits, a swap of neighbouring letters being one.
 */
public final class NameKeys {

	private static final Pattern WORD = Pattern.compile("\\p{IsHan}+|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+");

	private static final Pattern VERSION = Pattern
		.compile("v?\\d+[a-z]?|r\\d|sp\\d|x64|x86_64|amd64|arm64|lts|\\d+位|位|第\\d+版");

	private static final Set<String> EDITIONS = Set.of("pro", "professional", "ce", "ee", "community", "edition",
			"enterprise", "standard", "free", "express", "home", "ultimate", "premium", "lite", "basic", "trial",
			"portable", "player", "plus", "personal");

	private NameKeys() {
	}

	/** The words of a text: lower case, full-width letters folded. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	/**
	 * The words without versions and editions after the first word, nor a Chinese edition
	 * (专业版).
	 */
	public static List<String> withoutVersions(List<String> words) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			boolean chineseEdition = w.endsWith("版") && isHan(w);
			if (i > 0 && (VERSION.matcher(w).matches() || EDITIONS.contains(w) || chineseEdition)) {
				continue;
			}
			kept.add(w);
		}
		return kept;
	}

	/** The words run together: the key two spellings of one name share. */
	public static String key(String text) {
		return String.join("", words(text));
	}

	/** The key without versions and editions. */
	public static String looseKey(String text) {
		return String.join("", withoutVersions(words(text)));
	}

	/**
	 * Edits a key of this length may be away from a name and still be suggested: none
	 * below 5 letters.
	 */
	public static int typoLimit(String key) {
		return (key.length() >= 9) ? 2 : (key.length() >= 5) ? 1 : 0;
	}

	/**
	 * Optimal string alignment distance, or {@code limit + 1} as soon as it must exceed
	 * the limit.
	 */
	public static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		// Three rows of the table at a time: the one being filled, the one above it, and
		// the one above that (for a swap). A suggestion looks at every name, so this runs
		// about a thousand times for each option nobody knows.
		int[] twoUp = new int[b.length() + 1];
		int[] up = new int[b.length() + 1];
		int[] row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			up[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			char ca = a.charAt(i - 1);
			row[0] = i;
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				char cb = b.charAt(j - 1);
				int cost = (ca == cb) ? 0 : 1;
				int v = Math.min(Math.min(up[j] + 1, row[j - 1] + 1), up[j - 1] + cost);
				if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
					v = Math.min(v, twoUp[j - 2] + 1);
				}
				row[j] = v;
				rowMin = Math.min(rowMin, v);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] spare = twoUp;
			twoUp = up;
			up = row;
			row = spare;
		}
		return Math.min(up[b.length()], limit + 1);
	}

	public static boolean isHan(String text) {
		return !text.isEmpty()
				&& text.codePoints().allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
