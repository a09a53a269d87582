package org.meetingdesk.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.meetingdesk.deadline.Deadline;
import org.meetingdesk.deadline.DeadlineKind;
import org.meetingdesk.deadline.DeadlineRules;
import org.meetingdesk.deadline.Offers;
import org.meetingdesk.deadline.StatedDeadline;
import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingInput.ContactInput;
import org.meetingdesk.meeting.MeetingInput.DeadlineInput;
import org.meetingdesk.meeting.MeetingInput.LetterInput;
import org.meetingdesk.meeting.MeetingMode;

/**
 * Reads a TSB collective letter into a {@link LetterDraft}. Pure: no clock, no storage, no
 * framework; the same text always gives the same draft.
 *
 * <p>The work is done by named steps, in this order because later ones use what earlier ones
 * found (the meeting's start places the deadlines' years; the deadlines tell whether fellowships
 * are offered). A step that fails on odd input becomes a warning, never an exception: the caller
 * decides what a draft with gaps is worth. Deadlines are compared with the A.1 rules through
 * {@link DeadlineRules}, the one place those rules live.
 */
public final class LetterParser {

    /** The steps, by name, in the order they run. Each is stateless. */
    static final List<Map.Entry<String, Supplier<ExtractionStep>>> STEPS = List.of(
            Map.entry("reference", ReferenceStep::new),
            Map.entry("letterDate", DateStep::new),
            Map.entry("group", GroupStep::new),
            Map.entry("meetingDates", MeetingDatesStep::new),
            Map.entry("times", TimesStep::new),
            Map.entry("mode", ModeStep::new),
            Map.entry("languages", LanguageStep::new),
            Map.entry("deadlines", DeadlinesStep::new),
            Map.entry("offers", OffersStep::new),
            Map.entry("chair", ChairStep::new),
            Map.entry("contact", ContactStep::new),
            Map.entry("purpose", PurposeStep::new),
            Map.entry("agenda", AgendaStep::new));

    private final Vocabulary english;

    public LetterParser() {
        this.english = Vocabulary.of("en").orElseThrow(() -> new IllegalStateException("letter/vocab-en.properties is missing"));
    }

    /**
     * @param language the letter's language (en, zh, ru, fr, es, ar), or null to detect it from the script
     */
    public LetterDraft parse(String text, String language) {
        DraftBuilder draft = new DraftBuilder();
        String lang = language != null ? language : LanguageDetector.detect(text);
        Vocabulary vocab = Vocabulary.of(lang).orElse(null);
        if (vocab == null) {
            draft.warn("language", lang, "no vocabulary for this language yet; read with the English one");
            vocab = english;
        }
        LetterText letter = new LetterText(text, vocab, english);
        for (Map.Entry<String, Supplier<ExtractionStep>> step : STEPS) {
            try {
                step.getValue().get().extract(letter, draft);
            } catch (RuntimeException e) {
                // A vocabulary pattern or an odd text defeated a step; say so instead of failing the whole letter.
                draft.warn(step.getKey(), "", "could not be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        return new LetterDraft(lang, meeting(draft), deadlines(draft), List.copyOf(draft.agenda), List.copyOf(draft.warnings));
    }

    private static MeetingInput meeting(DraftBuilder d) {
        ContactInput contact = d.tel == null && d.fax == null && d.email == null && d.web == null ? null
                : new ContactInput(d.tel, d.fax, d.email, d.web);
        LetterInput letter = d.reference == null && d.letterDate == null ? null : new LetterInput(d.reference, d.letterDate);
        List<DeadlineInput> stated = d.deadlines.stream().filter(s -> !s.kind().equals(DraftDeadline.OTHER))
                .map(s -> new DeadlineInput(DeadlineKind.valueOf(s.kind()), s.date())).toList();
        return new MeetingInput(null, d.group, title(d.group, d.mode), d.start, d.end, d.openingTime, d.closingTime,
                d.mode, d.place, d.languages, bool(d.interpretation), bool(d.fellowships), bool(d.visaSupport),
                d.chair, contact, d.purpose, letter, stated, null, false, null);
    }

    /** The title the system shows, in English whatever the letter's language ("ITU-T Study Group 13 virtual meeting"). */
    static String title(String group, MeetingMode mode) {
        if (group == null) {
            return null;
        }
        String name = group.equals("TSAG") ? "Telecommunication Standardization Advisory Group (TSAG)"
                : group.startsWith("WP") ? "ITU-T Working Party " + group.substring(2)
                : "ITU-T Study Group " + group.substring(2);
        String kind = mode == MeetingMode.VIRTUAL ? " virtual meeting" : mode == MeetingMode.HYBRID ? " hybrid meeting" : " meeting";
        return name + kind;
    }

    private static List<DraftDeadline> deadlines(DraftBuilder d) {
        List<DraftDeadline> out = new ArrayList<>();
        List<StatedDeadline> stated = d.deadlines.stream().filter(s -> !s.kind().equals(DraftDeadline.OTHER))
                .map(s -> new StatedDeadline(DeadlineKind.valueOf(s.kind()), s.date())).toList();
        if (d.start != null) {
            Offers offers = new Offers(bool(d.fellowships), bool(d.interpretation),
                    bool(d.visaSupport) && d.mode != null && d.mode.hasVenue());
            for (Deadline rule : DeadlineRules.schedule(d.start, offers, DeadlineRules.GENEVA, stated)) {
                out.add(new DraftDeadline(rule.kind().name(), rule.date(), textOf(d, rule.kind().name()), rule.rule(),
                        rule.ruleDate(), rule.override(), rule.stated()));
            }
        } else {
            for (StatedDeadline s : stated) {
                out.add(new DraftDeadline(s.kind().name(), s.date(), textOf(d, s.kind().name()), null, null, false, true));
            }
        }
        for (DraftBuilder.Stated s : d.deadlines) {
            if (s.kind().equals(DraftDeadline.OTHER)) {
                out.add(new DraftDeadline(DraftDeadline.OTHER, s.date(), s.text(), null, null, false, true));
            }
        }
        return out;
    }

    private static String textOf(DraftBuilder d, String kind) {
        return d.deadlines.stream().filter(s -> s.kind().equals(kind)).map(DraftBuilder.Stated::text).findFirst().orElse(null);
    }

    private static boolean bool(Boolean b) {
        return b != null && b;
    }
}
