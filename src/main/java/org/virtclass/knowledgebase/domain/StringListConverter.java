package org.virtclass.knowledgebase.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Short lists of identifiers (enum names, slugs) kept in one column, comma-separated. */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return (values == null) ? "" : String.join(",", values);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
