package org.virtclass.quiz.web;

/** A student joining a live session: the code from the projector and a nickname. */
class JoinForm {

	private String code = "";

	private String nickname = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code : "";
	}

	public String getNickname() {
		return this.nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = (nickname != null) ? nickname : "";
	}

}
