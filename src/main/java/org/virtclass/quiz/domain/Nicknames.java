package org.virtclass.quiz.domain;

import java.text.Normalizer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;

import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.LiveSessionException.Error;

/**
 * What a nickname on the projector may be. It is normalised (NFKC, so full-width and
 * compatibility forms become plain letters) and must show at least one letter or digit.
 * Characters that are invisible or rearrange the text (format characters such as
 * zero-width spaces, bidi overrides and tags; controls; private-use and unassigned code
 * points; the Hangul fillers that render as nothing) are refused rather than silently
 * dropped, so that what the student typed is what the class sees. Two names clash when
 * their look-alike skeletons (Unicode UTS #39 confusables, after case folding) are equal:
 * Cyrillic "а" passes for Latin "a" on any projector.
 */
final class Nicknames {

	static final int MAX_CODE_POINTS = 24;

	/** Fits the key column (V7_2); no real name of 24 code points gets near it. */
	private static final int MAX_KEY = 400;

	private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

	private Nicknames() {
	}

	/** The cleaned name and the key that decides whether it is taken. */
	record Name(String display, String key) {
	}

	static Name check(String raw) {
		String name = Normalizer.normalize((raw != null) ? raw : "", Normalizer.Form.NFKC);
		boolean visible = false;
		StringBuilder cleaned = new StringBuilder(name.length());
		for (int i = 0; i < name.length();) {
			int cp = name.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == '\t' || cp == '\n' || cp == '\r') {
				cleaned.append(' ');
				continue;
			}
			if (hidden(cp)) {
				throw new LiveSessionException(Error.NICKNAME_HIDDEN_CHARACTERS);
			}
			visible |= Character.isLetterOrDigit(cp);
			cleaned.appendCodePoint(cp);
		}
		String display = cleaned.toString().replaceAll("\\s+", " ").strip();
		if (display.isEmpty() || display.codePointCount(0, display.length()) > MAX_CODE_POINTS) {
			throw new LiveSessionException(Error.BAD_NICKNAME);
		}
		if (!visible) {
			throw new LiveSessionException(Error.NICKNAME_NO_LETTER);
		}
		String key = key(display);
		if (key.length() > MAX_KEY) {
			throw new LiveSessionException(Error.BAD_NICKNAME);
		}
		return new Name(display, key);
	}

	/**
	 * Case-insensitive look-alike skeleton: equal keys look the same on a projector. The
	 * skeleton is taken before and after case folding, because look-alikes are defined
	 * per case (Cyrillic "В" looks like Latin "B", but its lower case "в" does not look
	 * like "b").
	 */
	static String key(String display) {
		String skeleton = SKELETONS.getSkeleton(display);
		return SKELETONS.getSkeleton(UCharacter.foldCase(skeleton, true));
	}

	private static boolean hidden(int cp) {
		return switch (Character.getType(cp)) {
			case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				true;
			// Letters by category that draw nothing: the Hangul fillers (NFKC maps U+FFA0
			// to U+3164).
			default -> cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0x2800;
		};
	}

}
