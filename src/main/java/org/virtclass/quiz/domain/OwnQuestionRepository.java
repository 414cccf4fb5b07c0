package org.virtclass.quiz.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OwnQuestionRepository extends JpaRepository<OwnQuestion, Long> {

	List<OwnQuestion> findByOwnerOrderByCreatedAtAscIdAsc(String owner);

	List<OwnQuestion> findByOwnerAndLangOrderByCreatedAtAscIdAsc(String owner, String lang);

	List<OwnQuestion> findByLangAndInPracticeTrueOrderByIdAsc(String lang);

	Optional<OwnQuestion> findByIdAndOwner(Long id, String owner);

}
