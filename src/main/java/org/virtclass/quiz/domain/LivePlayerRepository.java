package org.virtclass.quiz.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LivePlayerRepository extends JpaRepository<LivePlayer, Long> {

	List<LivePlayer> findBySessionIdOrderByJoinedAt(Long sessionId);

	java.util.Optional<LivePlayer> findByToken(String token);

	boolean existsBySessionIdAndNicknameKey(Long sessionId, String nicknameKey);

}
