package org.virtclass.quiz.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Bots, code guessers, trick nicknames and trolls against a live session. */
class LiveSessionAbuseTests extends AppTestSupport {

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LiveSessions sessions;

	String code;

	@BeforeEach
	void createSession() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/sessions")
			.with(httpBasic(INSTRUCTOR, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"NOT_VM_TOOL\",\"questionCount\":2}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		this.code = JsonPath.read(body(result), "$.code");
	}

	@Test
	void aNameOf24CharactersThatEachTakeTwoJavaCharsFitsAndStaysJoinable() {
		String longest = "𠀀".repeat(24);
		assertThat(join(this.code, longest, newAddress())).hasStatus(HttpStatus.CREATED);
		assertThat(join(this.code, longest, newAddress())).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("NICKNAME_TAKEN");
		String emoji = "A" + "😀".repeat(16);
		assertThat(join(this.code, emoji, newAddress())).hasStatus(HttpStatus.CREATED);
		assertThat(this.sessions.snapshot(this.code).nicknames()).contains(longest, emoji);
	}

	@Test
	void aLookAlikeOfATakenNameIsTaken() {
		assertThat(join(this.code, "paypal", newAddress())).hasStatus(HttpStatus.CREATED);
		assertThat(join(this.code, "pаypal", newAddress())).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("NICKNAME_TAKEN");
	}

	@Test
	void aBidiOverrideNameIsRefusedWithItsOwnError() {
		assertThat(join(this.code, "abc\u202egnp.exe", newAddress())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("NICKNAME_HIDDEN_CHARACTERS");
		assertThat(join(this.code, "😀😀", newAddress())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("NICKNAME_NO_LETTER");
	}

	@Test
	void theJoinFormShowsTheNicknameErrorInBothLanguages() {
		assertThat(this.mvc.post()
			.uri("/join")
			.param("code", this.code)
			.param("nickname", "a\u200bb")
			.param("lang", "en")
			.with(csrf())).bodyText().contains("cannot contain invisible characters");
		assertThat(this.mvc.post()
			.uri("/join")
			.param("code", this.code)
			.param("nickname", "★★")
			.param("lang", "zh_CN")
			.with(csrf())).bodyText().contains("至少要有一个字母");
	}

	@Test
	void aSessionTakes500PlayersAndNoMore() {
		for (int i = 0; i < 500; i++) {
			this.sessions.join(this.code, "bot" + i);
		}
		assertThat(join(this.code, "one more", newAddress())).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("SESSION_FULL");
		assertThat(this.sessions.snapshot(this.code).playerCount()).isEqualTo(500);
	}

	@Test
	void guessingCodesFromOneAddressIsSlowedWith429AndRetryAfter() {
		String guesser = newAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(join("ZZZZ" + (char) ('A' + i % 26) + (char) ('A' + i / 26), "Ann", guesser))
				.hasStatus(HttpStatus.NOT_FOUND);
		}
		MvcTestResult refused = join(this.code, "Ann", guesser);
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("TOO_MANY_REQUESTS");
		assertThat(Integer.parseInt(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
		assertThat(this.mvc.get().uri("/api/sessions/{c}/state", this.code).with((r) -> {
			r.setRemoteAddr(guesser);
			return r;
		})).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		// Another address, a classroom elsewhere, is not affected.
		assertThat(join(this.code, "Ann", newAddress())).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void joinsFromOneAddressAreLimitedPerMinute() {
		String bots = newAddress();
		long started = System.nanoTime();
		int joined = 0;
		MvcTestResult last = null;
		for (int i = 0; i < 300; i++) {
			last = join(this.code, "p" + i, bots);
			if (last.getResponse().getStatus() != 201) {
				break;
			}
			joined++;
		}
		// 100 at once, plus what the allowance refilled (100 a minute) while this loop
		// ran.
		double minutes = (System.nanoTime() - started) / 60e9;
		assertThat(last).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(last.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotNull();
		assertThat(joined).isBetween(100, 101 + (int) Math.ceil(minutes * 100));
	}

	@Test
	void theTeacherRemovesAPlayerFromTheProjectorAndTheResults() {
		String troll = JsonPath.read(body(join(this.code, "Troll", newAddress())), "$.playerToken");
		join(this.code, "Ann", newAddress());
		long id = this.sessions.roster(this.code)
			.stream()
			.filter((p) -> p.nickname().equals("Troll"))
			.findFirst()
			.orElseThrow()
			.id();
		String path = "/instructor/sessions/" + this.code + "/players/" + id + "/remove";
		assertThat(this.mvc.post().uri(path).with(user(INSTRUCTOR).roles("INSTRUCTOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/instructor/sessions/" + this.code).with(user(INSTRUCTOR).roles("INSTRUCTOR")))
			.bodyText()
			.contains("Troll", "/players/" + id + "/remove");
		assertThat(this.mvc.post().uri(path).with(user(INSTRUCTOR).roles("INSTRUCTOR")).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.sessions.snapshot(this.code).nicknames()).containsExactly("Ann");
		assertThat(this.mvc.get().uri("/api/sessions/{c}/state", this.code).header("X-Player-Token", troll))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("BAD_TOKEN");
		assertThat(this.mvc.get().uri("/api/sessions/{c}/results", this.code).with(httpBasic(INSTRUCTOR, PASSWORD)))
			.bodyText()
			.contains("Ann")
			.doesNotContain("Troll");
		// The name stays taken, and a reload from the database keeps the player out.
		assertThat(join(this.code, "troll", newAddress())).hasStatus(HttpStatus.CONFLICT);
		this.sessions.evictAll();
		assertThat(this.sessions.snapshot(this.code).nicknames()).containsExactly("Ann");
	}

	@Test
	void studentsCannotRemovePlayers() {
		join(this.code, "Ann", newAddress());
		long id = this.sessions.roster(this.code).get(0).id();
		assertThat(this.mvc.delete().uri("/api/sessions/{c}/players/{id}", this.code, id))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete()
			.uri("/api/sessions/{c}/players/{id}", this.code, id)
			.with(httpBasic(INSTRUCTOR, PASSWORD))).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.sessions.snapshot(this.code).playerCount()).isZero();
	}

	private MvcTestResult join(String code, String nickname, String from) {
		return this.mvc.post()
			.uri("/api/sessions/{c}/players", code)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonPath.parse(Map.of("nickname", nickname)).jsonString())
			.with((r) -> {
				r.setRemoteAddr(from);
				return r;
			})
			.exchange();
	}

	private static String newAddress() {
		int n = addresses.incrementAndGet();
		return "10.88." + ((n >> 8) & 255) + "." + (n & 255);
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
