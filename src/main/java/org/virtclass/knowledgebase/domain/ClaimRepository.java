package org.virtclass.knowledgebase.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	Optional<Claim> findByKey(String key);

	List<Claim> findByRetiredFalseOrderByKey();

}
