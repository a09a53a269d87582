package org.meetingdesk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.meetingdesk.deadline.Deadline;
import org.meetingdesk.deadline.DeadlineKind;
import org.meetingdesk.meeting.Meeting;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Renders meetings and their deadlines as an RFC 5545 calendar that Google, Outlook and Apple
 * calendars import.
 *
 * <p>The meeting is an all-day event over its days (ITU meetings skip weekends inside multi-week
 * sessions, so a daily timed series would be wrong) plus a timed event for the opening session in
 * the meeting's zone, with that zone's VTIMEZONE so Outlook shows Geneva time correctly. Each
 * deadline is an all-day event on its Geneva date (the letter's date), with a reminder the day
 * before; its description gives the exact closing instant. DTSTAMP is the meeting's publication
 * instant, so the same meeting always renders the same bytes (cacheable, diffable).
 */
public final class MeetingCalendar {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private MeetingCalendar() {
    }

    public static String render(List<Meeting> meetings, String pageBaseUrl) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Meeting Desk//Meeting Desk 1.0//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        java.util.Set<ZoneId> zones = new java.util.LinkedHashSet<>();
        for (Meeting m : meetings) {
            zones.add(m.zoneId());
        }
        for (ZoneId zone : zones) {
            cal.add(registry.getTimeZone(zone.getId()).getVTimeZone());
        }
        for (Meeting m : meetings) {
            addMeeting(cal, m, pageBaseUrl);
        }
        return cal.toString();
    }

    private static void addMeeting(Calendar cal, Meeting m, String pageBaseUrl) {
        Instant stamp = m.publishedAt() == null ? Instant.EPOCH : m.publishedAt();
        String url = pageBaseUrl == null ? null : pageBaseUrl + "#/meeting/" + m.id();

        VEvent days = new VEvent(m.start(), m.end().plusDays(1), m.group() + ": " + m.title());
        decorate(days, m.id() + "@meetingdesk", stamp, url);
        days.add(new Description(describe(m)));
        if (m.place() != null) {
            days.add(new Location(m.mode().hasVenue() ? m.place() : "Virtual (remote participation tool)"));
        }
        days.add(ImmutableTransp.TRANSPARENT);
        cal.add(days);

        if (m.openingTime() != null) {
            ZonedDateTime opens = m.start().atTime(m.openingTime()).atZone(m.zoneId());
            ZonedDateTime closes = m.closingTime() != null && m.closingTime().isAfter(m.openingTime())
                    ? m.start().atTime(m.closingTime()).atZone(m.zoneId()) : opens.plusHours(1);
            VEvent opening = new VEvent(opens, closes, m.group() + ": opening of the meeting");
            decorate(opening, m.id() + "-opening@meetingdesk", stamp, url);
            opening.add(new Description("Opening session of " + m.title() + " (" + m.zoneId().getId() + " time)."));
            cal.add(opening);
        }

        for (Deadline d : m.deadlines()) {
            LocalDate day = d.date();
            VEvent event = new VEvent(day, day.plusDays(1), m.group() + ": " + label(d.kind()) + " deadline");
            decorate(event, m.id() + "-" + d.kind().name().toLowerCase(Locale.ROOT) + "@meetingdesk", stamp, url);
            event.add(new Description(label(d.kind()) + " for " + m.title() + " closes at the end of "
                    + day + " " + m.zoneId().getId() + " time (" + HUMAN.format(d.closesAt()) + " "
                    + d.closesAt().getOffset() + ", exclusive)."
                    + (d.override() ? " Date stated by the letter." : " Rule: " + d.rule() + ".")));
            event.add(ImmutableTransp.TRANSPARENT);
            VAlarm alarm = new VAlarm(java.time.Duration.ofDays(-1));
            alarm.add(new Action("DISPLAY"));
            alarm.add(new Description(m.group() + ": " + label(d.kind()) + " deadline tomorrow"));
            event.add(alarm);
            cal.add(event);
        }
    }

    private static void decorate(VEvent event, String uid, Instant stamp, String url) {
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        if (url != null) {
            try {
                event.add(new Url(java.net.URI.create(url)));
            } catch (IllegalArgumentException e) {
                // a malformed configured base URL must not break the calendar; the link is optional
            }
        }
    }

    private static String describe(Meeting m) {
        StringBuilder sb = new StringBuilder(m.title());
        if (m.openingTime() != null) {
            sb.append(". Opens ").append(m.start()).append(' ').append(m.openingTime()).append(' ').append(m.zoneId().getId())
                    .append(" time");
            if (m.closingTime() != null) {
                sb.append("; daily until ").append(m.closingTime());
            }
        }
        sb.append(". Mode: ").append(m.mode().name().toLowerCase(Locale.ROOT).replace('_', '-')).append('.');
        if (m.letter() != null) {
            sb.append(" Announced in ").append(m.letter().reference()).append('.');
        }
        return sb.toString();
    }

    static String label(DeadlineKind kind) {
        return switch (kind) {
            case TRANSLATION -> "Contributions needing translation";
            case FELLOWSHIP -> "Fellowship requests";
            case INTERPRETATION -> "Interpretation requests";
            case REGISTRATION -> "Registration";
            case VISA -> "Visa support-letter requests";
            case CONTRIBUTION -> "Contributions";
        };
    }
}
