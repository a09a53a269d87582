package org.meetingdesk.contribution;

/** How a contribution was received against its meeting's deadlines (DESIGN.md §2). */
public enum Classification {
    /** Translation requested and received before the TRANSLATION deadline closed. */
    TRANSLATED,
    /** Received before the CONTRIBUTION deadline closed; published in its original language. */
    NORMAL,
    /** Received after the CONTRIBUTION deadline: held unless the secretariat accepts it. */
    LATE
}
