package org.meetingdesk.deadline;

/** The deadlines a collective letter sets (DESIGN.md §2), in the order a letter lists them. */
public enum DeadlineKind {
    /** Member contributions for which translation is requested. */
    TRANSLATION,
    FELLOWSHIP,
    INTERPRETATION,
    /** Pre-registration (online form, approved by the focal point). */
    REGISTRATION,
    /** Requests for visa support letters. */
    VISA,
    /** Member contributions (Direct Document Posting) without translation. */
    CONTRIBUTION
}
