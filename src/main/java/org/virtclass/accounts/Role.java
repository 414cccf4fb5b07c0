package org.virtclass.accounts;

/** What a signed-in user may do. Players in a live session need no account at all. */
public enum Role {

	INSTRUCTOR, STUDENT

}
