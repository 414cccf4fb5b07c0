package org.virtclass.quiz.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LiveAnswerRepository extends JpaRepository<LiveAnswer, Long> {

	/**
	 * A session's answers, found through its questions (answers carry no index on the
	 * session).
	 */
	@Query("select a from LiveAnswer a, LiveQuestion q where a.questionId = q.id and q.sessionId = :sessionId")
	List<LiveAnswer> findBySessionId(@Param("sessionId") Long sessionId);

	List<LiveAnswer> findByQuestionId(Long questionId);

}
