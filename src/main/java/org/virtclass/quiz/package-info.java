/**
 * Quizzes about which software is a virtual machine: question generation, practice, live
 * sessions, results and item analysis, and the checker that answers a textbook question a student
 * pastes in. Every answer comes from the classification engine's verdicts over the knowledge base,
 * never from a stored answer key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quiz")
package org.virtclass.quiz;
