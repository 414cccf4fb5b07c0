/**
 * Users and roles: instructors who run sessions and edit the knowledge base, and students. The
 * first start creates an instructor from the environment; no password is ever written in code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.virtclass.accounts;
