package org.virtclass.knowledgebase.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.virtclass.knowledgebase.ItemKind;

public interface SyncConflictRepository extends JpaRepository<SyncConflict, Long> {

	List<SyncConflict> findByResolvedAtIsNullOrderByDetectedAt();

	List<SyncConflict> findTop20ByResolvedAtIsNotNullOrderByResolvedAtDesc();

	long countByResolvedAtIsNull();

	Optional<SyncConflict> findFirstByKindAndItemKeyAndFileHash(ItemKind kind, String itemKey, String fileHash);

}
