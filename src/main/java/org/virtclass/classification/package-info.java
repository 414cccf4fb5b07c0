/**
 * The classification engine: it turns a tool's observable facts into scores on the three
 * criteria (hardware abstraction level, isolation strength, image model) and a verdict
 * with reasons a student can read. It is plain Java with no web or persistence code, so a
 * test builds it with {@code new}. It is also the vocabulary (facts, categories, labels)
 * the other modules share, which is why it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classification")
package org.virtclass.classification;
