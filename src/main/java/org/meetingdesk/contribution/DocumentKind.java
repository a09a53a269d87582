package org.meetingdesk.contribution;

/** The two document series of a meeting: member contributions (C) and temporary documents (TD). */
public enum DocumentKind {
    /** A member's contribution, bound by the meeting's TRANSLATION and CONTRIBUTION deadlines. */
    C,
    /** A temporary document issued by the secretariat or a chair; not bound by member deadlines. */
    TD
}
