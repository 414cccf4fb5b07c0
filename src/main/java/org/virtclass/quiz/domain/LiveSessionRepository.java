package org.virtclass.quiz.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {

	Optional<LiveSession> findByCode(String code);

	boolean existsByCode(String code);

	List<LiveSession> findTop50ByCreatedByOrderByCreatedAtDesc(String createdBy);

}
