package org.virtclass.quiz.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeAttemptRepository extends JpaRepository<PracticeAttempt, Long> {

	Optional<PracticeAttempt> findByPublicIdAndVisitorId(String publicId, String visitorId);

	Optional<PracticeAttempt> findFirstByVisitorIdAndFinishedAtIsNullOrderByCreatedAtDesc(String visitorId);

}
