/**
 * Quizzes: questions generated from the knowledge base and keyed by the classification engine,
 * practice attempts for anyone, live classroom sessions with join codes and a projector view, and
 * results with item analysis and exports to Moodle. The generator is plain Java; the pages and the
 * JSON API share the same services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quiz")
package org.virtclass.quiz;
