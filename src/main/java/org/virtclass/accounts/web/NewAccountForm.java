package org.virtclass.accounts.web;

/**
 * The create-account form. Passwords are never sent back to the browser, even after an
 * error.
 */
class NewAccountForm {

	private String username = "";

	private String role = "STUDENT";

	private String password = "";

	private String confirmPassword = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
