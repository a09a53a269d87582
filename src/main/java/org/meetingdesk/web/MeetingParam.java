package org.meetingdesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The input of every function that takes only a meeting id ({@code GET /documents?meeting=…}).
 * A JavaBean because Funqy binds query strings through setters.
 */
public class MeetingParam {
    @NotBlank
    @Size(max = 40)
    private String meeting;

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }
}
