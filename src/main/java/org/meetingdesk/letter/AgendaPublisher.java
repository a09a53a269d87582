package org.meetingdesk.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * Port to the agenda feature: publishes a letter's draft agenda as version 1 of a meeting's agenda.
 *
 * <p>Contract: the meeting exists; {@code items} are nested and numbered as the letter prints them
 * (numbers restored where the letter lost them); {@code source} names the document
 * ("TSB Collective letter 12/13, Annex B") and {@code sourceDate} is the letter's date. An
 * implementation throws {@link org.meetingdesk.problem.DeskException} (CONFLICT when the meeting
 * already has an agenda, INVALID when the numbering is rejected) and never half-publishes.
 */
public interface AgendaPublisher {

    void publishVersion1(String meetingId, String source, LocalDate sourceDate, List<DraftAgendaItem> items);
}
