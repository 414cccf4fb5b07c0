package org.virtclass.quiz.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.virtclass.system.PublicAddress;

/**
 * The address students type or scan to join a live session: {@code /join?code=...} on the
 * server's {@link PublicAddress} (the configured public URL, the request's host, or a LAN
 * address when the teacher came over loopback). The lab's class demo uses the same rules
 * for its link.
 */
@Component
class JoinAddress {

	private final PublicAddress address;

	@Autowired
	JoinAddress(PublicAddress address) {
		this.address = address;
	}

	JoinAddress(String publicUrl, Supplier<List<String>> lanAddresses) {
		this(new PublicAddress(publicUrl, lanAddresses));
	}

	/**
	 * Where to join a session.
	 *
	 * @param url the join link shown and put in the QR code
	 * @param choices LAN join links to choose from (empty unless the request came over
	 * loopback)
	 * @param loopback whether the request came over loopback and no public URL is set:
	 * phones cannot reach the address the teacher typed
	 */
	record Join(String url, List<Choice> choices, boolean loopback) {
	}

	/** One LAN address the teacher may pick, and its join link. */
	record Choice(String host, String url, boolean chosen) {
	}

	/**
	 * @param chosen the LAN address the teacher picked (null for the first); ignored
	 * unless it is one of this machine's addresses
	 */
	Join resolve(HttpServletRequest request, String code, String chosen) {
		PublicAddress.Link link = this.address.resolve(request, (b) -> b.path("/join").queryParam("code", code),
				chosen);
		return new Join(link.url(),
				link.choices().stream().map((c) -> new Choice(c.host(), c.url(), c.chosen())).toList(),
				link.loopback());
	}

	static boolean isLoopback(String host) {
		return PublicAddress.isLoopback(host);
	}

	static List<String> interfaceAddresses() {
		return PublicAddress.interfaceAddresses();
	}

}
