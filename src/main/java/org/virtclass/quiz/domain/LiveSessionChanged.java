package org.virtclass.quiz.domain;

/**
 * A live session changed. The web layer fans it out to the projector and the phones.
 *
 * @param code the session's join code
 * @param phase true when the state or the open question changed (or a player was
 * removed), which every phone must hear at once; false for a join or an answer, which
 * only the projector shows
 */
public record LiveSessionChanged(String code, boolean phase) {
}
