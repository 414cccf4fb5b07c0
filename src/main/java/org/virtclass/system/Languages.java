package org.virtclass.system;

import java.util.Locale;

/** Helpers for the two languages the product speaks. */
public final class Languages {

	private Languages() {
	}

	/** True for any Chinese locale; everything else is shown in English. */
	public static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

	/**
	 * Picks the Chinese or the English text, falling back to the other when one is blank.
	 */
	public static String pick(Locale locale, String en, String zh) {
		if (isChinese(locale)) {
			return (zh != null && !zh.isBlank()) ? zh : en;
		}
		return (en != null && !en.isBlank()) ? en : zh;
	}

	/**
	 * Parses an API {@code lang} parameter: "zh", "zh-CN", "zh_CN" mean Chinese; anything
	 * else English.
	 */
	public static Locale parse(String lang) {
		return (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh")) ? Locale.SIMPLIFIED_CHINESE
				: Locale.ENGLISH;
	}

}
