package org.virtclass.lab.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import org.virtclass.lab.LabCaller;
import org.virtclass.lab.LabProperties;

/**
 * Who is asking. The lab cookie is issued by the server: a random id and its HMAC-SHA256
 * under a key that is created on first use in the lab's data directory (readable by the
 * app's user only). A cookie the client made up, or changed, fails the check and counts
 * as no cookie: the request gets a fresh identity with no runs. The address is the
 * connection's, or the one a trusted proxy forwards
 * ({@code virtclass.lab.trusted-proxies}, none by default), so that a client cannot pick
 * its own address either.
 */
@Component
class LabIdentity {

	static final String COOKIE = "VIRTCLASS_LAB";

	static final String KEY_FILE = "identity.key";

	private static final Pattern FORMAT = Pattern.compile("([0-9a-f-]{36})\\.([A-Za-z0-9_-]{43})");

	private static final String ATTRIBUTE = LabIdentity.class.getName() + ".issued";

	private final Path keyFile;

	private final List<String> trustedProxies;

	private volatile byte[] key;

	LabIdentity(LabProperties properties) {
		this.keyFile = properties.workDir().resolve(KEY_FILE);
		this.trustedProxies = properties.trustedProxies();
	}

	/**
	 * The caller; a request without a valid lab cookie gets one issued with the response.
	 */
	LabCaller caller(HttpServletRequest request, HttpServletResponse response) {
		String id = verifiedId(request);
		if (id == null) {
			id = issue(request, response);
		}
		return new LabCaller("browser:" + id, address(request));
	}

	/**
	 * The caller of a request that cannot set a cookie (the WebSocket handshake): a
	 * stranger without one.
	 */
	LabCaller callerWithoutIssuing(HttpServletRequest request) {
		String id = verifiedId(request);
		return new LabCaller((id != null) ? "browser:" + id : "none:" + UUID.randomUUID(), address(request));
	}

	/** Hands out the lab cookie when the browser has no valid one yet. */
	void ensureCookie(HttpServletRequest request, HttpServletResponse response) {
		if (verifiedId(request) == null) {
			issue(request, response);
		}
	}

	String address(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		if (!trustedProxies.contains(remote)) {
			return remote;
		}
		// The last hop that is not one of our proxies: what comes before it, the client
		// could have written.
		List<String> hops = new java.util.ArrayList<>();
		for (String header : java.util.Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (!trustedProxies.contains(hops.get(i))) {
				return hops.get(i);
			}
		}
		return remote;
	}

	private String issue(HttpServletRequest request, HttpServletResponse response) {
		Object issued = request.getAttribute(ATTRIBUTE);
		if (issued instanceof String id) {
			return id;
		}
		String id = UUID.randomUUID().toString();
		Cookie cookie = new Cookie(COOKIE, id + "." + sign(id));
		cookie.setHttpOnly(true);
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 30);
		cookie.setAttribute("SameSite", "Lax");
		cookie.setSecure(request.isSecure());
		response.addCookie(cookie);
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

	private String verifiedId(HttpServletRequest request) {
		Object issued = request.getAttribute(ATTRIBUTE);
		if (issued instanceof String id) {
			return id;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie c : cookies) {
			if (COOKIE.equals(c.getName()) && c.getValue() != null) {
				var m = FORMAT.matcher(c.getValue());
				if (m.matches() && MessageDigest.isEqual(sign(m.group(1)).getBytes(StandardCharsets.US_ASCII),
						m.group(2).getBytes(StandardCharsets.US_ASCII))) {
					return m.group(1);
				}
			}
		}
		return null;
	}

	String sign(String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			synchronized (this) {
				if (key == null) {
					key = loadOrCreateKey(keyFile);
				}
				k = key;
			}
		}
		return k;
	}

	/**
	 * Reads the key, or creates it readable by this user only; a second app on the
	 * directory reads the first's.
	 */
	static byte[] loadOrCreateKey(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				Path tmp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
				Files.createFile(tmp,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.write(tmp, fresh);
				try {
					Files.createLink(file, tmp);
				}
				catch (FileAlreadyExistsException ex) {
					// another instance was first: use its key
				}
				finally {
					Files.delete(tmp);
				}
			}
			byte[] k = Files.readAllBytes(file);
			if (k.length < 32) {
				throw new IOException(file + " holds no key of 32 bytes");
			}
			return k;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
