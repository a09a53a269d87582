package org.meetingdesk.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.meetingdesk.mail.OutboxMail;
import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.organization.Organization;

/**
 * Which mails a transition causes, and what they say. Keys are derived from the registration id
 * and version, so a retried transaction produces the same keys and never a second copy.
 */
final class RegistrationMails {

    private RegistrationMails() {
    }

    /** The mails for a registration that just reached {@code r.status()}. */
    static List<OutboxMail> after(Registration r, Meeting meeting, Organization org, boolean promoted, Instant at) {
        List<OutboxMail> mails = new ArrayList<>();
        switch (r.status()) {
            case PENDING_APPROVAL -> {
                for (String fp : org.focalPointEmails()) {
                    mails.add(mail(r, "approval-request", fp, org.language(), meeting, org, at));
                }
                if (promoted) {
                    mails.add(mail(r, "waitlist-promoted", r.email(), r.language(), meeting, org, at));
                }
            }
            case APPROVED -> mails.add(mail(r, promoted ? "waitlist-promoted" : "registration-approved", r.email(),
                    r.language(), meeting, org, at));
            case REJECTED -> mails.add(mail(r, "registration-rejected", r.email(), r.language(), meeting, org, at));
            case WAITLISTED -> mails.add(mail(r, "registration-waitlisted", r.email(), r.language(), meeting, org, at));
            case EXPIRED -> {
                // Undecided when the meeting opened: the delegate and the focal points who let it lapse.
                mails.add(mail(r, "registration-expired", r.email(), r.language(), meeting, org, at));
                for (String fp : org.focalPointEmails()) {
                    mails.add(mail(r, "registration-expired", fp, org.language(), meeting, org, at));
                }
            }
            default -> {
                // a withdrawal is the delegate's own doing and shows in their list
            }
        }
        return mails.stream().filter(m -> m.to() != null && m.to().contains("@")).toList();
    }

    private static OutboxMail mail(Registration r, String template, String to, String language, Meeting meeting,
            Organization org, Instant at) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("delegate", r.name());
        data.put("delegateEmail", r.email() == null ? "" : r.email());
        data.put("organization", org.name());
        data.put("meeting", meeting.id());
        data.put("meetingTitle", meeting.title());
        data.put("start", meeting.start().toString());
        data.put("end", meeting.end().toString());
        data.put("role", r.role() == null ? "" : r.role());
        data.put("status", r.status().name());
        data.put("reason", r.reason() == null ? "" : r.reason());
        data.put("registration", r.id());
        data.put("approved", Boolean.toString(r.status() == RegistrationStatus.APPROVED));
        String key = r.id() + "#" + r.version() + "#" + template + "#" + to.toLowerCase(java.util.Locale.ROOT);
        return new OutboxMail(key, to, template, language == null ? "en" : language, data, at);
    }
}
