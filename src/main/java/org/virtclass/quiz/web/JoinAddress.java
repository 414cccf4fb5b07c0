package org.virtclass.quiz.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address students type or scan to join. A teacher who opens the projector at
 * {@code http://localhost:8080} would otherwise print a QR code that no phone can reach, so the
 * address comes from {@code virtclass.public-url} when it is set, else from the request's host; when
 * that host is a loopback address, the machine's LAN addresses are offered instead, with a warning.
 */
@Component
class JoinAddress {

	private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

	private final String publicUrl;

	private final Supplier<List<String>> lanAddresses;

	@Autowired
	JoinAddress(@Value("${virtclass.public-url:}") String publicUrl) {
		this(publicUrl, JoinAddress::interfaceAddresses);
	}

	JoinAddress(String publicUrl, Supplier<List<String>> lanAddresses) {
		String url = (publicUrl != null) ? publicUrl.strip() : "";
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		this.publicUrl = url;
		this.lanAddresses = lanAddresses;
	}

	/**
	 * Where to join a session.
	 *
	 * @param url the join link shown and put in the QR code
	 * @param choices LAN join links to choose from (empty unless the request came over loopback)
	 * @param loopback whether the request came over loopback and no public URL is set: phones cannot
	 * reach the address the teacher typed
	 */
	record Join(String url, List<Choice> choices, boolean loopback) {
	}

	/** One LAN address the teacher may pick, and its join link. */
	record Choice(String host, String url, boolean chosen) {
	}

	/**
	 * @param chosen the LAN address the teacher picked (null for the first); ignored unless it is one
	 * of this machine's addresses
	 */
	Join resolve(HttpServletRequest request, String code, String chosen) {
		if (!this.publicUrl.isEmpty()) {
			return new Join(join(UriComponentsBuilder.fromUriString(this.publicUrl), code), List.of(), false);
		}
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
				|| ("https".equals(request.getScheme()) && port == 443);
		UriComponentsBuilder here = UriComponentsBuilder.newInstance()
			.scheme(request.getScheme())
			.host(request.getServerName())
			.port(defaultPort ? -1 : port)
			.path(request.getContextPath());
		if (!isLoopback(request.getServerName())) {
			return new Join(join(here, code), List.of(), false);
		}
		List<String> hosts = this.lanAddresses.get();
		String pick = (chosen != null && hosts.contains(chosen)) ? chosen : (hosts.isEmpty() ? null : hosts.get(0));
		List<Choice> choices = new ArrayList<>();
		for (String host : hosts) {
			choices.add(new Choice(host, join(here.cloneBuilder().host(host), code), host.equals(pick)));
		}
		String url = (pick != null) ? join(here.cloneBuilder().host(pick), code) : join(here, code);
		return new Join(url, choices, true);
	}

	private static String join(UriComponentsBuilder base, String code) {
		return base.cloneBuilder().path("/join").queryParam("code", code).build().encode().toUriString();
	}

	static boolean isLoopback(String host) {
		String h = (host != null) ? host.strip().toLowerCase(Locale.ROOT) : "";
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		return h.isEmpty() || h.equals("localhost") || h.endsWith(".localhost") || LOOPBACK_V4.matcher(h).matches()
				|| h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.equals("0.0.0.0");
	}

	/** IPv4 addresses of the interfaces that are up and not loopback: what a phone on the same network reaches. */
	static List<String> interfaceAddresses() {
		List<String> found = new ArrayList<>();
		try {
			for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!ni.isUp() || ni.isLoopback()) {
					continue;
				}
				for (InetAddress address : Collections.list(ni.getInetAddresses())) {
					if (address instanceof Inet4Address && !address.isLoopbackAddress()
							&& !address.isLinkLocalAddress()) {
						found.add(address.getHostAddress());
					}
				}
			}
		}
		catch (SocketException ex) {
			// no interfaces to offer: the page still warns about localhost
		}
		Collections.sort(found);
		return found;
	}

}
