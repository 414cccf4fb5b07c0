package org.virtclass.quiz.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LiveAnswerRepository extends JpaRepository<LiveAnswer, Long> {

	List<LiveAnswer> findBySessionId(Long sessionId);

	List<LiveAnswer> findByQuestionId(Long questionId);

	long countBySessionId(Long sessionId);

}
