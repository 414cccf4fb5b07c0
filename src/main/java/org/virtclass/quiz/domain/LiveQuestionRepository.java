package org.virtclass.quiz.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LiveQuestionRepository extends JpaRepository<LiveQuestion, Long> {

	List<LiveQuestion> findBySessionIdOrderByPos(Long sessionId);

}
