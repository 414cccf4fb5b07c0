package org.virtclass.system;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address students type or scan to reach a page of this server (the live-class join
 * link, the lab's class demo). A teacher who opens a page at
 * {@code http://localhost:8080} would otherwise print a QR code that no phone can reach,
 * so the address comes from {@code virtclass.public-url} when it is set, else from the
 * request's host; when that host is a loopback address, the machine's LAN addresses are
 * offered instead, with a warning.
 */
@Component
public class PublicAddress {

	private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

	private final String publicUrl;

	private final Supplier<List<String>> lanAddresses;

	@Autowired
	public PublicAddress(@Value("${virtclass.public-url:}") String publicUrl) {
		this(publicUrl, PublicAddress::interfaceAddresses);
	}

	public PublicAddress(String publicUrl, Supplier<List<String>> lanAddresses) {
		String url = (publicUrl != null) ? publicUrl.strip() : "";
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		this.publicUrl = url;
		this.lanAddresses = lanAddresses;
	}

	/**
	 * A link for students.
	 *
	 * @param url the link shown and put in the QR code
	 * @param choices LAN links to choose from (empty unless the request came over
	 * loopback)
	 * @param loopback whether the request came over loopback and no public URL is set:
	 * phones cannot reach the address the teacher typed
	 */
	public record Link(String url, List<Choice> choices, boolean loopback) {
	}

	/** One LAN address the teacher may pick, and its link. */
	public record Choice(String host, String url, boolean chosen) {
	}

	/**
	 * @param target adds the page's path and query to the server's base address
	 * @param chosen the LAN address the teacher picked (null for the first); ignored
	 * unless it is one of this machine's addresses
	 */
	public Link resolve(HttpServletRequest request, UnaryOperator<UriComponentsBuilder> target, String chosen) {
		if (!this.publicUrl.isEmpty()) {
			return new Link(link(UriComponentsBuilder.fromUriString(this.publicUrl), target), List.of(), false);
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
			return new Link(link(here, target), List.of(), false);
		}
		List<String> hosts = this.lanAddresses.get();
		String pick = (chosen != null && hosts.contains(chosen)) ? chosen : (hosts.isEmpty() ? null : hosts.get(0));
		List<Choice> choices = new ArrayList<>();
		for (String host : hosts) {
			choices.add(new Choice(host, link(here.cloneBuilder().host(host), target), host.equals(pick)));
		}
		String url = (pick != null) ? link(here.cloneBuilder().host(pick), target) : link(here, target);
		return new Link(url, choices, true);
	}

	private static String link(UriComponentsBuilder base, UnaryOperator<UriComponentsBuilder> target) {
		return target.apply(base.cloneBuilder()).build().encode().toUriString();
	}

	public static boolean isLoopback(String host) {
		String h = (host != null) ? host.strip().toLowerCase(Locale.ROOT) : "";
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		return h.isEmpty() || h.equals("localhost") || h.endsWith(".localhost") || LOOPBACK_V4.matcher(h).matches()
				|| h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.equals("0.0.0.0");
	}

	/**
	 * IPv4 addresses of the interfaces that are up and not loopback: what a phone on the
	 * same network reaches.
	 */
	public static List<String> interfaceAddresses() {
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
