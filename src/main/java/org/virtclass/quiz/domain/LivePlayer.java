package org.virtclass.quiz.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A student in a live session: a nickname and the secret token their phone keeps in a
 * cookie.
 */
@Entity
@Table(name = "quiz_live_player")
public class LivePlayer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false)
	private Long sessionId;

	@Column(nullable = false, length = 100)
	private String nickname;

	@Column(name = "nickname_key", nullable = false, length = 400)
	private String nicknameKey;

	@Column(nullable = false, length = 36)
	private String token;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	@Column(name = "removed_at")
	private Instant removedAt;

	protected LivePlayer() {
	}

	public LivePlayer(Long sessionId, String nickname, String nicknameKey, String token, Instant joinedAt) {
		this.sessionId = sessionId;
		this.nickname = nickname;
		this.nicknameKey = nicknameKey;
		this.token = token;
		this.joinedAt = joinedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public String getNickname() {
		return this.nickname;
	}

	public String getNicknameKey() {
		return this.nicknameKey;
	}

	public String getToken() {
		return this.token;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

	public boolean isRemoved() {
		return this.removedAt != null;
	}

	void remove(Instant at) {
		if (this.removedAt == null) {
			this.removedAt = at;
		}
	}

}
