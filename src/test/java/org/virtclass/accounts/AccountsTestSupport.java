package org.virtclass.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.accounts.domain.AccountService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The whole app (the context every {@link AppTestSupport} test shares) with its clock,
 * which the tests move. Each test makes its own accounts and logs in from its own
 * address, so that wrong passwords in one test never slow another.
 */
public abstract class AccountsTestSupport extends AppTestSupport {

	private static final AtomicInteger names = new AtomicInteger();

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected AccountService accounts;

	protected static String uniqueName(String prefix) {
		return prefix + names.incrementAndGet();
	}

	protected String createAccount(String prefix, Role role, String password) {
		String name = uniqueName(prefix);
		this.accounts.create(name, role, password, "test");
		return name;
	}

	private static final AtomicInteger addresses = new AtomicInteger();

	/**
	 * Where this test's logins come from. Each test gets its own, so that wrong passwords
	 * typed in one test never slow another's logins.
	 */
	protected final String address = newAddress();

	protected static String newAddress() {
		int n = addresses.incrementAndGet();
		return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

	protected MvcTestResult formLogin(String username, String password) {
		return formLogin(username, password, this.address);
	}

	protected MvcTestResult formLogin(String username, String password, String from) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(from);
				return request;
			})
			.exchange();
	}

	/** Logs in through the form and returns the session it opened. */
	protected MockHttpSession loggedIn(String username, String password) {
		MvcTestResult login = formLogin(username, password);
		assertThat(login).hasStatus3xxRedirection().redirectedUrl().doesNotContain("error");
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	protected static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
