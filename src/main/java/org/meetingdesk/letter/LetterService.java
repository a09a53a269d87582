package org.meetingdesk.letter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.meeting.MeetingView;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.problem.FieldError;

/**
 * Imports a collective letter: reads it into a draft, and on request publishes the meeting through
 * {@link MeetingService#publish} (the same checks and storage as {@code publishMeeting}) and the
 * draft agenda through the {@link AgendaPublisher} port.
 *
 * <p>A text in which no letter can be recognised (no group, no meeting dates and no reference) is
 * 422 with what was seen, draft or not. Publishing a draft with a gap is 422 listing the missing
 * fields; a meeting is never published from guessed facts.
 */
@ApplicationScoped
public class LetterService {

    /** The largest letter accepted, in UTF-8 bytes. Real letters are 5–40 KB of text. */
    public static final int MAX_BYTES = 200 * 1024;

    private final LetterParser parser = new LetterParser();
    private final MeetingService meetings;
    private final Instance<AgendaPublisher> agendas;
    private final Validator validator;

    public LetterService(MeetingService meetings, Instance<AgendaPublisher> agendas, Validator validator) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.validator = validator;
    }

    public LetterImport importLetter(String text, String language, boolean publish) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw DeskException.invalid("text", "is larger than 200 KB");
        }
        LetterDraft draft = parser.parse(text, language);
        MeetingInput m = draft.meeting();
        if (m.group() == null && m.start() == null && (m.letter() == null || m.letter().reference() == null)) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("text", "no collective letter recognised: no group, meeting dates or letter reference"));
            draft.warnings().forEach(w -> errors.add(asError(w)));
            throw DeskException.unprocessable("not-a-letter", "the text does not read as a TSB collective letter", errors);
        }
        if (!publish) {
            return LetterImport.of(draft, draft.warnings(), null, false);
        }
        List<FieldError> missing = missing(m);
        if (!missing.isEmpty()) {
            throw DeskException.unprocessable("letter-incomplete",
                    "the letter lacks facts a meeting needs; nothing was published", missing);
        }
        MeetingView published;
        try {
            published = meetings.publish(m);
        } catch (DeskException e) {
            if (e.kind() != DeskException.Kind.INVALID) {
                throw e;
            }
            // The letter, not the caller, is inconsistent (a deadline after the meeting, say).
            throw DeskException.unprocessable("letter-inconsistent", e.getMessage(),
                    e.errors().stream().map(f -> new FieldError("meeting." + f.field(), f.message())).toList());
        }
        List<LetterWarning> warnings = new ArrayList<>(draft.warnings());
        if (published.revision() > 1) {
            warnings.add(new LetterWarning("meeting", published.id(), "replaced the meeting already published under this id (now revision "
                    + published.revision() + ")"));
        }
        boolean agendaPublished = publishAgenda(published, draft, warnings);
        return LetterImport.of(draft, List.copyOf(warnings), published, agendaPublished);
    }

    private boolean publishAgenda(MeetingView meeting, LetterDraft draft, List<LetterWarning> warnings) {
        if (draft.agenda().isEmpty()) {
            warnings.add(new LetterWarning("agenda", "", "the letter has no draft agenda; no agenda was published"));
            return false;
        }
        if (!agendas.isResolvable()) {
            warnings.add(new LetterWarning("agenda", "", "the agenda feature is not part of this build; the draft agenda "
                    + "was not published (publish it with publishAgenda)"));
            return false;
        }
        try {
            agendas.get().publishVersion1(meeting.id(), agendaSource(meeting.letter().reference()), meeting.letter().date(),
                    draft.agenda());
            return true;
        } catch (DeskException e) {
            // The meeting is stored by now; say what happened to the agenda rather than hide the meeting behind an error.
            warnings.add(new LetterWarning("agenda", e.type(), "the meeting was published but its agenda was not: " + e.getMessage()));
            return false;
        }
    }

    /** The document agenda version 1 comes from: "TSB Collective letter 12/13, Annex B". */
    static String agendaSource(String reference) {
        return reference + ", Annex B";
    }

    /** What the draft lacks for {@code publishMeeting}, named as the draft's fields. */
    private List<FieldError> missing(MeetingInput m) {
        Set<ConstraintViolation<MeetingInput>> violations = validator.validate(m);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<MeetingInput> v : violations) {
            String field = "meeting." + v.getPropertyPath();
            boolean absent = v.getInvalidValue() == null;
            errors.add(new FieldError(field, absent ? "not found in the letter" : v.getMessage()));
        }
        if (m.letter() == null) {
            errors.add(new FieldError("meeting.letter", "not found in the letter"));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static FieldError asError(LetterWarning w) {
        return new FieldError(w.field(), w.message() + (w.text().isEmpty() ? "" : " (saw: \"" + w.text() + "\")"));
    }
}
