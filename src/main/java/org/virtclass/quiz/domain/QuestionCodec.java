package org.virtclass.quiz.domain;

import tools.jackson.databind.json.JsonMapper;

import org.virtclass.quiz.Question;

/**
 * Stores a generated question as JSON, so that later knowledge-base edits never change
 * it.
 */
public final class QuestionCodec {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private QuestionCodec() {
	}

	public static String write(Question question) {
		return JSON.writeValueAsString(question);
	}

	public static Question read(String body) {
		return JSON.readValue(body, Question.class);
	}

}
