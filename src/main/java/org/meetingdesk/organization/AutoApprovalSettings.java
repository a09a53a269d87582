package org.meetingdesk.organization;

import java.util.List;

import org.meetingdesk.meeting.Meeting;

/** An organization's automatic-approval settings: for all meetings, and per group and per meeting. */
public record AutoApprovalSettings(String organization, boolean all, List<String> groups, List<String> meetings) {

    public boolean covers(Meeting meeting) {
        return all || groups.contains(meeting.group()) || meetings.contains(meeting.id());
    }
}
