package org.meetingdesk.letter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.meetingdesk.meeting.MeetingMode;

/**
 * The facts the steps have read so far. Mutable and package-private: it lives for one parse, and
 * each step fills only its own fields (and may read what earlier steps found).
 */
final class DraftBuilder {

    /** A deadline line as the letter states it; kind is a DeadlineKind name or OTHER. */
    record Stated(String kind, LocalDate date, String text) {
    }

    String reference;
    LocalDate letterDate;
    String group;
    LocalDate start;
    LocalDate end;
    LocalTime openingTime;
    LocalTime closingTime;
    MeetingMode mode;
    String place;
    List<String> languages;
    Boolean interpretation;
    Boolean fellowships;
    Boolean visaSupport;
    String chair;
    String tel;
    String fax;
    String email;
    String web;
    String purpose;
    boolean deadlineSection;
    final List<Stated> deadlines = new ArrayList<>();
    final List<DraftAgendaItem> agenda = new ArrayList<>();
    final List<LetterWarning> warnings = new ArrayList<>();

    void warn(String field, String text, String message) {
        warnings.add(new LetterWarning(field, text == null ? "" : abbreviate(text.strip()), message));
    }

    /** The year to assume for a date printed without one: the meeting's, else the letter's. */
    int contextYear() {
        return start != null ? start.getYear() : letterDate != null ? letterDate.getYear() : LocalDate.EPOCH.getYear();
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
