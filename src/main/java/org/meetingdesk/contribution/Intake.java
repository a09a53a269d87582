package org.meetingdesk.contribution;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.meetingdesk.deadline.Deadline;
import org.meetingdesk.deadline.DeadlineCheck;
import org.meetingdesk.deadline.DeadlineKind;
import org.meetingdesk.deadline.DeadlineService;
import org.meetingdesk.meeting.Meeting;

/**
 * Classifies a contribution at its receipt instant (DESIGN.md §2). The deadlines come from the
 * deadline engine; this class only decides which one applies.
 */
public final class Intake {

    private Intake() {
    }

    public static Receipt classify(Meeting meeting, boolean translationRequested, Instant at) {
        Deadline translation = DeadlineService.deadline(meeting, DeadlineKind.TRANSLATION);
        Deadline contribution = DeadlineService.deadline(meeting, DeadlineKind.CONTRIBUTION);
        String receivedAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(meeting.zoneId()));
        List<DeadlineCheck> compared = new ArrayList<>();
        if (translationRequested) {
            compared.add(DeadlineCheck.of(meeting.id(), translation, at));
            if (translation.isOpenAt(at)) {
                return new Receipt(receivedAt, Classification.TRANSLATED, compared,
                        "translation requested and received before the TRANSLATION deadline closed", null);
            }
        }
        compared.add(DeadlineCheck.of(meeting.id(), contribution, at));
        String note = translationRequested
                ? "translation was requested after the TRANSLATION deadline closed; not translated" : null;
        if (contribution.isOpenAt(at)) {
            return new Receipt(receivedAt, Classification.NORMAL, compared,
                    "received before the CONTRIBUTION deadline closed; published in its original language", note);
        }
        return new Receipt(receivedAt, Classification.LATE, compared,
                "received after the CONTRIBUTION deadline closed; held unless the secretariat accepts it", note);
    }

    /** TDs come from the secretariat and chairs: recorded with their receipt instant, no deadline applies. */
    public static Receipt issued(Meeting meeting, Instant at) {
        return new Receipt(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(meeting.zoneId())), null, List.of(),
                "temporary document: not bound by the member deadlines", null);
    }
}
