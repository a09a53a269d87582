package org.meetingdesk.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.letter.AgendaPublisher;
import org.meetingdesk.letter.DraftAgendaItem;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.security.Access;

/**
 * Publishes an imported letter's Annex B as agenda version 1, through the same checks and the same
 * conditional write as {@code publishAgenda}. The annex is printed in English in every language's
 * letter, so titles go in as English. Gaps are allowed because the numbering is the letter's own.
 */
@ApplicationScoped
public class LetterAgendaPublisher implements AgendaPublisher {

    private final AgendaService agendas;
    private final AgendaRepository repository;
    private final Access access;

    public LetterAgendaPublisher(AgendaService agendas, AgendaRepository repository, Access access) {
        this.agendas = agendas;
        this.repository = repository;
        this.access = access;
    }

    @Override
    public void publishVersion1(String meetingId, String source, LocalDate sourceDate, List<DraftAgendaItem> items) {
        if (repository.latest(meetingId).isPresent()) {
            throw DeskException.conflict("agenda-exists",
                    "meeting " + meetingId + " already has an agenda; publish the letter's agenda as a new version instead");
        }
        agendas.publishFromDraft(meetingId, source, sourceDate, true, items.stream().map(LetterAgendaPublisher::toItem).toList(),
                access.caller());
    }

    private static AgendaItem toItem(DraftAgendaItem d) {
        List<AgendaItem> children = d.children() == null ? List.of() : d.children().stream().map(LetterAgendaPublisher::toItem).toList();
        return new AgendaItem(null, d.number(), Map.of(AgendaItem.ENGLISH, d.title()), null, List.of(), children);
    }
}
