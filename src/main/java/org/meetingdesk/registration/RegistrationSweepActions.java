package org.meetingdesk.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.meetingdesk.deadline.Deadline;
import org.meetingdesk.deadline.DeadlineKind;
import org.meetingdesk.deadline.DeadlineService;
import org.meetingdesk.mail.MailOutbox;
import org.meetingdesk.mail.OutboxMail;
import org.meetingdesk.mail.OutboxRepository;
import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.organization.Organization;
import org.meetingdesk.organization.OrganizationRepository;
import org.meetingdesk.sweep.SweepActions;

/**
 * The registration side of the scheduled sweep: expiry, reminders and focal-point digests. Every
 * mail is queued under a key made of the sweep effect's key and the recipient, so a tick delivered
 * three times, or two ticks racing, queue each mail once; sending happens from the outbox.
 */
@ApplicationScoped
public class RegistrationSweepActions implements SweepActions {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final RegistrationService registrations;
    private final RegistrationRepository repository;
    private final OrganizationRepository organizations;
    private final MeetingService meetings;
    private final OutboxRepository outbox;
    private final MailOutbox mail;
    private final Clock clock;
    private final String groupList;

    public RegistrationSweepActions(RegistrationService registrations, RegistrationRepository repository,
            OrganizationRepository organizations, MeetingService meetings, OutboxRepository outbox, MailOutbox mail, Clock clock,
            @ConfigProperty(name = "meetingdesk.mail.group-list", defaultValue = "{group}@lists.meetingdesk.example") String groupList) {
        this.registrations = registrations;
        this.repository = repository;
        this.organizations = organizations;
        this.meetings = meetings;
        this.outbox = outbox;
        this.mail = mail;
        this.clock = clock;
        this.groupList = groupList;
    }

    @Override
    public int expirePending(String meetingId, Instant at) {
        return registrations.expireUndecided(meetingId);
    }

    @Override
    public int remindDelegates(String meetingId, DeadlineKind kind, Duration before, String effectKey) {
        Meeting meeting = meetings.require(meetingId);
        Deadline deadline = DeadlineService.deadline(meeting, kind);
        Map<String, String> recipients = new TreeMap<>(); // address -> language; one mail per address
        recipients.put(groupList.replace("{group}", meeting.group().replace('/', '-').toLowerCase(Locale.ROOT)), "en");
        for (Registration r : repository.byMeeting(meetingId)) {
            if ((r.status() == RegistrationStatus.APPROVED || r.status() == RegistrationStatus.PENDING_APPROVAL)
                    && r.email() != null && r.email().contains("@")) {
                recipients.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r.language());
            }
        }
        int queued = 0;
        for (var to : recipients.entrySet()) {
            Map<String, String> data = common(meeting, deadline, before, to.getValue());
            data.put("deadline", label(kind, to.getValue()));
            queued += queue(effectKey, to.getKey(), "deadline-reminder", to.getValue(), data);
        }
        return queued;
    }

    @Override
    public int chaseFocalPoints(String meetingId, Duration before, String effectKey) {
        Meeting meeting = meetings.require(meetingId);
        Deadline deadline = DeadlineService.deadline(meeting, DeadlineKind.REGISTRATION);
        Map<String, List<Registration>> pendingByOrg = new TreeMap<>();
        for (Registration r : repository.byMeeting(meetingId)) {
            if (r.status() == RegistrationStatus.PENDING_APPROVAL) {
                pendingByOrg.computeIfAbsent(r.organization(), o -> new ArrayList<>()).add(r);
            }
        }
        int queued = 0;
        for (var entry : pendingByOrg.entrySet()) {
            Organization org = organizations.find(entry.getKey()).orElse(null);
            if (org == null) {
                continue;
            }
            StringBuilder list = new StringBuilder();
            for (Registration r : entry.getValue()) {
                list.append("- ").append(r.name()).append(r.email() == null ? "" : " <" + r.email() + ">")
                        .append(", ").append(r.role() == null ? "delegate" : r.role())
                        .append(" (").append(r.id()).append(")\n");
            }
            for (String fp : org.focalPointEmails()) {
                if (fp == null || !fp.contains("@")) {
                    continue;
                }
                Map<String, String> data = common(meeting, deadline, before, org.language());
                data.put("organization", org.name());
                data.put("count", Integer.toString(entry.getValue().size()));
                data.put("pending", list.toString().strip());
                queued += queue(effectKey, fp.toLowerCase(Locale.ROOT), "focal-point-digest", org.language(), data);
            }
        }
        return queued;
    }

    @Override
    public int flushMail(int limit) {
        return mail.flushPending(limit);
    }

    private int queue(String effectKey, String to, String template, String language, Map<String, String> data) {
        return outbox.enqueue(new OutboxMail(effectKey + "#" + to, to, template, language == null ? "en" : language, data,
                clock.instant())) ? 1 : 0;
    }

    private static Map<String, String> common(Meeting meeting, Deadline deadline, Duration before, String language) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("meeting", meeting.id());
        data.put("meetingTitle", meeting.title());
        data.put("start", meeting.start().toString());
        data.put("end", meeting.end().toString());
        data.put("date", deadline.date().toString());
        data.put("closesAt", ISO.format(deadline.closesAt()));
        data.put("left", left(before, language));
        return data;
    }

    static String left(Duration before, String language) {
        long days = before.toDays();
        long hours = before.toHours();
        if ("zh".equals(language)) {
            return days > 0 ? days + "天" : hours + "小时";
        }
        return days > 0 ? days + (days == 1 ? " day" : " days") : hours + (hours == 1 ? " hour" : " hours");
    }

    static String label(DeadlineKind kind, String language) {
        boolean zh = "zh".equals(language);
        return switch (kind) {
            case TRANSLATION -> zh ? "需要翻译的文稿提交" : "Contributions for which translation is requested";
            case CONTRIBUTION -> zh ? "成员文稿提交" : "Member contributions";
            default -> kind.name();
        };
    }
}
