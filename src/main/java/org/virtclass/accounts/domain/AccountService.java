package org.virtclass.accounts.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.accounts.Role;

/**
 * What instructors do with accounts, and what anyone does with their own password. The
 * rules that keep the class running live here, not in the forms: an instructor can never
 * deactivate themselves or the last active instructor.
 */
@Service
public class AccountService {

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	public enum Outcome {

		DONE, NOT_FOUND, SELF, LAST_INSTRUCTOR

	}

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final LoginThrottle throttle;

	AccountService(UserAccountRepository users, PasswordEncoder encoder, Clock clock, LoginThrottle throttle) {
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
		this.throttle = throttle;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return this.users.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return this.users.existsByUsernameIgnoreCase(AccountRules.normalizeUsername(username));
	}

	/**
	 * @throws IllegalArgumentException when the username or password breaks a rule; the
	 * form checks first, so this only guards other callers
	 * @throws org.springframework.dao.DataIntegrityViolationException when the name was
	 * taken meanwhile
	 */
	@Transactional
	public UserAccount create(String username, Role role, String password, String createdBy) {
		String name = AccountRules.normalizeUsername(username);
		AccountRules.checkUsername(name).or(() -> AccountRules.checkPassword(name, password)).ifPresent((rule) -> {
			throw new IllegalArgumentException(rule);
		});
		UserAccount account = this.users
			.saveAndFlush(new UserAccount(name, this.encoder.encode(password), role, this.clock.instant()));
		log.info("{} created the {} account '{}'", createdBy, role, name);
		return account;
	}

	@Transactional
	public Outcome deactivate(long id, String actingUser) {
		// Locking every active instructor first means two instructors deactivating each
		// other at
		// the same moment cannot leave the class with none.
		List<UserAccount> activeInstructors = this.users.lockActiveByRole(Role.INSTRUCTOR);
		Optional<UserAccount> found = this.users.lockById(id);
		if (found.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		UserAccount account = found.get();
		if (account.getUsername().equalsIgnoreCase(actingUser)) {
			return Outcome.SELF;
		}
		if (account.isActive() && account.isInstructor() && activeInstructors.size() <= 1) {
			return Outcome.LAST_INSTRUCTOR;
		}
		if (account.isActive()) {
			account.setActive(false);
			log.info("{} deactivated '{}'", actingUser, account.getUsername());
		}
		return Outcome.DONE;
	}

	@Transactional
	public Outcome reactivate(long id, String actingUser) {
		return this.users.lockById(id).map((account) -> {
			if (!account.isActive()) {
				account.setActive(true);
				log.info("{} reactivated '{}'", actingUser, account.getUsername());
			}
			return Outcome.DONE;
		}).orElse(Outcome.NOT_FOUND);
	}

	/**
	 * Ends every wait on an account's logins early, for someone who has proved who they
	 * are to the instructor in person.
	 */
	@Transactional(readOnly = true)
	public Outcome unlock(long id, String actingUser) {
		return this.users.findById(id).map((account) -> {
			this.throttle.forget(account.getUsername());
			log.info("{} cleared the failed logins of '{}'", actingUser, account.getUsername());
			return Outcome.DONE;
		}).orElse(Outcome.NOT_FOUND);
	}

	/** Wrong passwords recently typed for this account, from every address together. */
	public int recentFailedLogins(String username) {
		return this.throttle.recentFailures(username);
	}

	@Transactional(readOnly = true)
	public boolean isActive(String username) {
		return this.users.findByUsernameIgnoreCase(username).map(UserAccount::isActive).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(String username, String password) {
		return password != null && this.users.findByUsernameIgnoreCase(username)
			.map((account) -> this.encoder.matches(password, account.getPasswordHash()))
			.orElse(false);
	}

	/**
	 * @throws IllegalArgumentException when the new password breaks a rule
	 */
	@Transactional
	public void changePassword(String username, String newPassword) {
		UserAccount account = this.users.lockByUsername(username).orElseThrow();
		AccountRules.checkPassword(account.getUsername(), newPassword).ifPresent((rule) -> {
			throw new IllegalArgumentException(rule);
		});
		account.setPasswordHash(this.encoder.encode(newPassword));
		log.info("'{}' changed their password", account.getUsername());
	}

}
