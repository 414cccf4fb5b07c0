package org.virtclass.knowledgebase.web;

import java.util.Locale;

import org.virtclass.knowledgebase.ItemKind;

/**
 * Where the instructor pages of one editable kind live, {@code /instructor/<kind>s}, and
 * the message key of their title, {@code kb.admin.<kind>s}.
 */
record ItemPages(ItemKind kind, String plural) {

	static ItemPages of(ItemKind kind) {
		return new ItemPages(kind, kind.name().toLowerCase(Locale.ROOT) + "s");
	}

	public String list() {
		return "/instructor/" + this.plural;
	}

	public String history(String key) {
		return list() + "/" + key + "/history";
	}

	public String title() {
		return "kb.admin." + this.plural;
	}

}
