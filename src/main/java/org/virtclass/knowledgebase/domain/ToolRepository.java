package org.virtclass.knowledgebase.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolRepository extends JpaRepository<Tool, Long> {

	Optional<Tool> findBySlug(String slug);

	List<Tool> findByRetiredFalseOrderBySlug();

}
