package org.virtclass.accounts.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/** The failed-login counter of a name that belongs to no account. */
@Entity
@Table(name = "unknown_login")
class UnknownLogin implements Persistable<String> {

	@Id
	private String nameKey;

	@Embedded
	private LoginFailures failures = new LoginFailures();

	private transient boolean isNew;

	protected UnknownLogin() {
	}

	UnknownLogin(String nameKey) {
		this.nameKey = nameKey;
		this.isNew = true;
	}

	@Override
	public String getId() {
		return this.nameKey;
	}

	/** Lets {@code save} insert straight away instead of first selecting a row that cannot exist. */
	@Override
	public boolean isNew() {
		return this.isNew;
	}

	LoginFailures failures() {
		return this.failures;
	}

}
