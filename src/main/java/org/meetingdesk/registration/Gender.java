package org.meetingdesk.registration;

/** Self-declared, optional, for statistics only (ITU encourages women in delegations). */
public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED;

    public boolean declared() {
        return this != UNDISCLOSED;
    }
}
