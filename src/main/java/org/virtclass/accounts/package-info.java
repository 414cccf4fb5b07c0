/**
 * Users and roles: instructors, who run sessions, edit the knowledge base and manage
 * accounts, and students. The first start creates an instructor from the environment; no
 * password is ever written in code. Passwords are hashed by Spring Security's
 * DelegatingPasswordEncoder with its default, bcrypt: it needs no extra library, and
 * every hash carries its algorithm's id, so a later move to Argon2 (which would add
 * BouncyCastle and cost memory per login on our small server) only changes the default,
 * and old hashes are upgraded at their owner's next login. Repeated wrong passwords, from
 * the login form or HTTP Basic, lock an account for a while
 * ({@code virtclass.accounts.*}), and unknown names behave exactly like real ones so that
 * nothing reveals which usernames exist.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.virtclass.accounts;
