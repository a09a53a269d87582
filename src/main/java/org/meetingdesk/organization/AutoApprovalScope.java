package org.meetingdesk.organization;

/** How far a focal point's automatic approval reaches (TSB Circular 118). */
public enum AutoApprovalScope {
    /** Every meeting: the organization's own flag. */
    ALL,
    /** Every meeting of one study group (or TSAG, or a working party). */
    GROUP,
    /** One meeting. */
    MEETING
}
