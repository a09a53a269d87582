package org.meetingdesk.meeting;

import java.time.LocalDate;

/** The collective letter that announced the meeting. */
public record LetterRef(String reference, LocalDate date) {
}
