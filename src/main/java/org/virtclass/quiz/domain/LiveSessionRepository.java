package org.virtclass.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.virtclass.quiz.LiveState;

public interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {

	Optional<LiveSession> findByCode(String code);

	boolean existsByCode(String code);

	@org.springframework.data.jpa.repository.Query("select s.version from LiveSession s where s.id = :id")
	Optional<Long> findVersionById(@org.springframework.data.repository.query.Param("id") Long id);

	List<LiveSession> findTop50ByCreatedByOrderByCreatedAtDesc(String createdBy);

	/** Sessions whose open question ran out of time at or before {@code before}. */
	@Query("select s from LiveSession s where s.state = org.virtclass.quiz.LiveState.QUESTION and s.closesAt <= :before")
	List<LiveSession> findDue(Instant before);

	/**
	 * Closes a question whose time ran out, only if it is still the open one: of two
	 * instances that both see it due, one changes the row and the other changes nothing.
	 * @return 1 when this call closed it, 0 when it was closed, revealed or moved on
	 * already
	 */
	@Modifying
	@Query("update LiveSession s set s.state = :to, s.version = s.version + 1 where s.id = :id"
			+ " and s.state = org.virtclass.quiz.LiveState.QUESTION and s.currentIndex = :index and s.closesAt <= :before")
	int closeIfDue(long id, int index, LiveState to, Instant before);

}
