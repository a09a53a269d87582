package org.meetingdesk.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.meetingdesk.deadline.Deadline;
import org.meetingdesk.deadline.DeadlineRules;
import org.meetingdesk.deadline.Offers;
import org.meetingdesk.deadline.StatedDeadline;

/**
 * A study-group meeting as its collective letter announces it.
 *
 * <p>Only the deadline dates the letter states are stored ({@code statedDeadlines}); every other
 * deadline is derived from the rules on demand, so a moved meeting can never keep stale dates.
 *
 * @param zone     the zone its deadlines close in; Geneva unless the secretariat says otherwise
 * @param revision optimistic-lock counter, bumped by every publish
 */
public record Meeting(String id, String group, String title, LocalDate start, LocalDate end,
        LocalTime openingTime, LocalTime closingTime, MeetingMode mode, String place,
        List<String> languages, boolean interpretation, boolean fellowships, boolean visaSupport,
        String chair, Contact contact, String purpose, LetterRef letter,
        List<StatedDeadline> statedDeadlines, Integer capacity, boolean lateRegistration,
        String zone, Instant publishedAt, long revision) {

    public ZoneId zoneId() {
        return zone == null ? DeadlineRules.GENEVA : ZoneId.of(zone);
    }

    public Offers offers() {
        // Visa letters only make sense where people travel to a venue.
        return new Offers(fellowships, interpretation, visaSupport && mode.hasVenue());
    }

    public List<Deadline> deadlines() {
        return DeadlineRules.schedule(start, offers(), zoneId(), statedDeadlines);
    }

    /** The opening instant: the first day at the opening time (or midnight) in the meeting's zone. */
    public Instant opensAt() {
        return start.atTime(openingTime == null ? LocalTime.MIDNIGHT : openingTime).atZone(zoneId()).toInstant();
    }

    /** Meeting ids read like the documents: group and first day, "WP1/5" written "WP1-5". */
    public static String idOf(String group, LocalDate start) {
        return group.replace('/', '-') + "-" + start;
    }

    public Meeting withPublication(String newId, Instant at, long newRevision) {
        return new Meeting(newId, group, title, start, end, openingTime, closingTime, mode, place, languages,
                interpretation, fellowships, visaSupport, chair, contact, purpose, letter, statedDeadlines,
                capacity, lateRegistration, zone, at, newRevision);
    }
}
