package org.meetingdesk.registration;

/** The life of a registration request (DESIGN.md §4). */
public enum RegistrationStatus {
    PENDING_APPROVAL, APPROVED, REJECTED, WAITLISTED, WITHDRAWN, EXPIRED;

    /** Active registrations block a second one by the same person for the same meeting. */
    public boolean active() {
        return this == PENDING_APPROVAL || this == APPROVED || this == WAITLISTED;
    }

    /** Requests that hold one of a meeting's limited places. */
    public boolean holdsPlace() {
        return this == PENDING_APPROVAL || this == APPROVED;
    }
}
