package org.meetingdesk.meeting;

public enum MeetingMode {
    VIRTUAL, ON_SITE, HYBRID;

    /** Whether people travel to the venue (and may need visas or a seat). */
    public boolean hasVenue() {
        return this != VIRTUAL;
    }

    /** Whether delegates join through the remote tool. */
    public boolean hasRemote() {
        return this != ON_SITE;
    }
}
