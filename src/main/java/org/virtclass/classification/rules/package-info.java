/**
 * Internal to the classification module: the rule table
 * ({@link org.virtclass.classification.rules.RuleTable}), the rules it is made of and how
 * one run of it comes out. Other modules use the engine, the verdict and the comparison
 * from the module's root package instead.
 */
package org.virtclass.classification.rules;
