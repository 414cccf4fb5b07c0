package org.virtclass.knowledgebase.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnresolvedNameRepository extends JpaRepository<UnresolvedName, String> {

	List<UnresolvedName> findAllByOrderByCountDescLastSeenDesc();

	List<UnresolvedName> findAllByOrderByLastSeenAsc(Pageable page);

}
