package org.virtclass.quiz.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {

	Optional<LiveSession> findByCode(String code);

	boolean existsByCode(String code);

	@org.springframework.data.jpa.repository.Query("select s.version from LiveSession s where s.id = :id")
	Optional<Long> findVersionById(@org.springframework.data.repository.query.Param("id") Long id);

	List<LiveSession> findTop50ByCreatedByOrderByCreatedAtDesc(String createdBy);

}
