package org.virtclass.quiz.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.LiveSessionException.Error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NicknamesTests {

	private static Error refusal(String name) {
		try {
			Nicknames.check(name);
		}
		catch (LiveSessionException ex) {
			return ex.error();
		}
		return null;
	}

	@Nested
	class Accepted {

		@Test
		void fullWidthAndCompatibilityFormsBecomePlainLetters() {
			assertThat(Nicknames.check("Ａｎｎ").display()).isEqualTo("Ann");
			assertThat(Nicknames.check("ﬁona").display()).isEqualTo("fiona");
		}

		@Test
		void spacesTabsAndNewlinesCollapseToOneSpace() {
			assertThat(Nicknames.check("  Ann \t\n  Lee ").display()).isEqualTo("Ann Lee");
		}

		@ParameterizedTest
		@ValueSource(strings = { "小明", "Ann 😀", "José", "Łukasz", "Zoë", "R2D2", "李 1",
				"A😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀" })
		void realNamesWithALetterOrDigitAreAccepted(String name) {
			assertThat(refusal(name)).isNull();
		}

		@Test
		void theLongestNameIs24CodePointsEvenWhenEachNeedsTwoJavaChars() {
			String longest = "𠀀".repeat(24);
			assertThat(longest.length()).isEqualTo(48);
			assertThat(Nicknames.check(longest).display()).isEqualTo(longest);
			assertThat(refusal("𠀀".repeat(25))).isEqualTo(Error.BAD_NICKNAME);
		}

	}

	@Nested
	class Refused {

		@ParameterizedTest
		@ValueSource(strings = { "", "   ", "!!!", "😀😀😀", "★☆", "---", "\u3164", "\uFFA0\uFFA0", "\u2800" })
		void aNameWithoutAVisibleLetterOrDigit(String name) {
			assertThat(refusal(name)).isIn(Error.NICKNAME_NO_LETTER, Error.BAD_NICKNAME,
					Error.NICKNAME_HIDDEN_CHARACTERS);
			assertThatThrownBy(() -> Nicknames.check(name)).isInstanceOf(LiveSessionException.class);
		}

		@Test
		void symbolsOnlyIsTheNoLetterError() {
			assertThat(refusal("😀😀😀")).isEqualTo(Error.NICKNAME_NO_LETTER);
			assertThat(refusal("!!!")).isEqualTo(Error.NICKNAME_NO_LETTER);
		}

		@ParameterizedTest
		@CsvSource({ "zero-width space, a\u200bb", "zero-width joiner, a\u200db", "bidi override, abc\u202egnp.exe",
				"bidi isolate, a\u2066b\u2069", "left-to-right mark, a\u200eb", "word joiner, a\u2060b",
				"soft hyphen, a\u00adb", "bell, a\u0007b", "escape, a\u001b[31mb", "delete, a\u007fb",
				"line separator, a\u2028b", "private use, a\ue000b", "byte order mark, \ufeffAnn" })
		void invisibleControlAndDirectionCharacters(String what, String name) {
			assertThat(refusal(name)).as(what).isEqualTo(Error.NICKNAME_HIDDEN_CHARACTERS);
		}

		@Test
		void tagCharacters() {
			String tagged = "Ann" + new String(Character.toChars(0xE0041)) + new String(Character.toChars(0xE007F));
			assertThat(refusal(tagged)).isEqualTo(Error.NICKNAME_HIDDEN_CHARACTERS);
		}

		@Test
		void tooLong() {
			assertThat(refusal("x".repeat(25))).isEqualTo(Error.BAD_NICKNAME);
		}

	}

	@Nested
	class LookAlikes {

		@ParameterizedTest
		@CsvSource({ "paypal, pаypal", "Ann, ann", "ANN, аnn", "Bob, Вob", "olga, οlga", "Ivan, Іvan", "Lee, Ⅼee",
				"coco, сосо", "Ann, Ａｎｎ" })
		void mixedScriptLookAlikesShareAKey(String name, String lookAlike) {
			assertThat(name).isNotEqualTo(lookAlike);
			assertThat(Nicknames.check(lookAlike).key()).isEqualTo(Nicknames.check(name).key());
		}

		@ParameterizedTest
		@CsvSource({ "Ann, Anna", "Bob, Rob", "小明, 小红", "Li, Lu" })
		void differentNamesHaveDifferentKeys(String a, String b) {
			assertThat(Nicknames.check(a).key()).isNotEqualTo(Nicknames.check(b).key());
		}

	}

}
