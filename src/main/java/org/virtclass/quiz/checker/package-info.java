/**
 * The question checker: reads what a multiple-choice question asks (in Chinese or
 * English), matches each option to a tool in the knowledge base by name, Chinese name or
 * alias, and answers from the engine's verdicts, with an explanation per option in the
 * question's language. The core ({@link org.virtclass.quiz.checker.QuestionChecker}) is
 * plain Java so that a benchmark or a unit test can build it from tool documents with
 * {@code new}.
 */
package org.virtclass.quiz.checker;
