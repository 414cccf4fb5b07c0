package org.virtclass.knowledgebase.domain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.virtclass.knowledgebase.ItemKind;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByKindAndItemKeyOrderByIdDesc(ItemKind kind, String itemKey);

	Page<Revision> findAllByOrderByIdDesc(Pageable pageable);

}
