package org.virtclass.quiz.web;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The join address in the QR code: the configured public URL, the request's host, or a
 * LAN address.
 */
class JoinAddressTests {

	private static final List<String> LAN = List.of("10.0.0.7", "192.168.1.20");

	private static MockHttpServletRequest request(String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/instructor/sessions/ABC234/present");
		request.setServerName(host);
		request.setServerPort(port);
		return request;
	}

	@Test
	void aConfiguredPublicUrlWinsOverTheRequestAndLoopback() {
		JoinAddress address = new JoinAddress("https://quiz.school.example/virtclass/", () -> LAN);
		JoinAddress.Join join = address.resolve(request("localhost", 8080), "ABC234", null);
		assertThat(join.url()).isEqualTo("https://quiz.school.example/virtclass/join?code=ABC234");
		assertThat(join.loopback()).isFalse();
		assertThat(join.choices()).isEmpty();
	}

	@Test
	void aRequestThatCameOverTheNetworkKeepsItsHostAndPort() {
		JoinAddress address = new JoinAddress("", () -> LAN);
		JoinAddress.Join join = address.resolve(request("192.168.1.20", 18073), "ABC234", null);
		assertThat(join.url()).isEqualTo("http://192.168.1.20:18073/join?code=ABC234");
		assertThat(join.loopback()).isFalse();
		assertThat(join.choices()).isEmpty();
	}

	@Test
	void theDefaultPortIsLeftOut() {
		JoinAddress address = new JoinAddress(null, () -> LAN);
		assertThat(address.resolve(request("class.example", 80), "ABC234", null).url())
			.isEqualTo("http://class.example/join?code=ABC234");
	}

	@Nested
	class OverLoopback {

		@Test
		void theFirstLanAddressIsUsedAndAllAreOffered() {
			JoinAddress address = new JoinAddress("", () -> LAN);
			JoinAddress.Join join = address.resolve(request("localhost", 8080), "ABC234", null);
			assertThat(join.loopback()).isTrue();
			assertThat(join.url()).isEqualTo("http://10.0.0.7:8080/join?code=ABC234");
			assertThat(join.choices()).extracting(JoinAddress.Choice::host).containsExactly("10.0.0.7", "192.168.1.20");
			assertThat(join.choices()).extracting(JoinAddress.Choice::chosen).containsExactly(true, false);
			assertThat(join.choices().get(1).url()).isEqualTo("http://192.168.1.20:8080/join?code=ABC234");
		}

		@Test
		void theTeachersChoiceIsUsed() {
			JoinAddress address = new JoinAddress("", () -> LAN);
			JoinAddress.Join join = address.resolve(request("127.0.0.1", 8080), "ABC234", "192.168.1.20");
			assertThat(join.url()).isEqualTo("http://192.168.1.20:8080/join?code=ABC234");
			assertThat(join.choices()).extracting(JoinAddress.Choice::chosen).containsExactly(false, true);
		}

		@Test
		void aChoiceThatIsNotAnAddressOfThisMachineIsIgnored() {
			JoinAddress address = new JoinAddress("", () -> LAN);
			JoinAddress.Join join = address.resolve(request("localhost", 8080), "ABC234", "evil.example");
			assertThat(join.url()).isEqualTo("http://10.0.0.7:8080/join?code=ABC234");
		}

		@Test
		void withoutALanAddressTheWarningStaysAndTheLinkIsTheRequestsOwn() {
			JoinAddress address = new JoinAddress("", List::of);
			JoinAddress.Join join = address.resolve(request("localhost", 8080), "ABC234", null);
			assertThat(join.loopback()).isTrue();
			assertThat(join.choices()).isEmpty();
			assertThat(join.url()).isEqualTo("http://localhost:8080/join?code=ABC234");
		}

	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]",
			"0:0:0:0:0:0:0:1", "0.0.0.0" })
	void loopbackHostsAreRecognised(String host) {
		assertThat(JoinAddress.isLoopback(host)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "192.168.1.20", "10.0.0.7", "class.example", "128.0.0.1", "localhost.example.org" })
	void otherHostsAreNotLoopback(String host) {
		assertThat(JoinAddress.isLoopback(host)).isFalse();
	}

	@Test
	void theMachinesOwnAddressesAreNeitherLoopbackNorLinkLocal() {
		assertThat(JoinAddress.interfaceAddresses()).allSatisfy((a) -> {
			assertThat(a).doesNotStartWith("127.").doesNotStartWith("169.254.");
			assertThat(a).matches("\\d{1,3}(\\.\\d{1,3}){3}");
		});
	}

}
