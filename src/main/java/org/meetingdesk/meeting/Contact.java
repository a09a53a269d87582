package org.meetingdesk.meeting;

/** The secretariat's contact block as the letter prints it. */
public record Contact(String tel, String fax, String email, String web) {
}
