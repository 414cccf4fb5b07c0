/**
 * Quizzes about which software is a virtual machine: questions generated from the
 * knowledge base and keyed by the classification engine's verdicts (never by a stored
 * answer key), practice attempts for anyone, live classroom sessions with join codes and
 * a projector view, results with item analysis and exports to Moodle, and the checker
 * that answers a textbook question a student pastes in. The generator is plain Java; the
 * pages and the JSON API share the same services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quiz")
package org.virtclass.quiz;
