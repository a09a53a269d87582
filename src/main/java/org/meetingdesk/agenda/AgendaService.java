package org.meetingdesk.agenda;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.problem.FieldError;
import org.meetingdesk.security.Caller;

/**
 * Publishing, reading and comparing agenda versions.
 *
 * <p>Every change appends a version: the next number is read, the version is built on the latest
 * one and written conditionally ({@link AgendaRepository#append}); when another publisher got that
 * number first, this one reads again and builds on the newer version, at most
 * {@value #MAX_ATTEMPTS} times. So racing publishers get n+1 and n+2 and no version is lost.
 */
@ApplicationScoped
public class AgendaService {

    static final int MAX_ATTEMPTS = 12;
    private static final SecureRandom KEYS = new SecureRandom();

    private final AgendaRepository repository;
    private final MeetingService meetings;
    private final Clock clock;

    public AgendaService(AgendaRepository repository, MeetingService meetings, Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * Publishes a whole agenda as the meeting's next version. This is the entry point for every
     * feature that turns a document into an agenda — {@code publishAgenda}, and the letter importer
     * publishing version 1 from a letter's Annex B.
     *
     * <p>The draft items need no keys: an item keeps the identity of the latest version's item with
     * the same English title, else the same number (see {@link ItemIdentity}); send keys to be
     * explicit. The whole draft is checked first ({@link AgendaRules}): every problem comes back in
     * one 400, each at its JSON path under {@code items}.
     *
     * @param meetingId  an existing meeting (404 otherwise)
     * @param source     the document this version comes from, e.g. "TSB Collective letter 7/2, Annex B"
     * @param sourceDate that document's date, or null
     * @param allowGaps  true when the source itself skips numbers
     * @param items      the draft, top-level items in order
     * @param caller     who publishes (recorded as {@code publishedBy})
     * @return the stored version; when the latest version already has this source, date and content
     *         (a retried request), that version, and nothing is written
     */
    public AgendaVersion publishFromDraft(String meetingId, String source, LocalDate sourceDate, boolean allowGaps,
            List<AgendaItem> items, Caller caller) {
        meetings.require(meetingId);
        List<FieldError> errors = new ArrayList<>();
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "is required: name the document this agenda comes from"));
        }
        errors.addAll(AgendaRules.check(items, allowGaps));
        if (!errors.isEmpty()) {
            throw DeskException.invalid(errors);
        }
        return append(meetingId, latest -> {
            ItemIdentity.Assigned assigned = ItemIdentity.assign(latest, items, AgendaService::newKey);
            if (!assigned.errors().isEmpty()) {
                throw DeskException.invalid(assigned.errors());
            }
            Draft next = new Draft(source.trim(), sourceDate, assigned.items());
            // A retried request (same source, same content) must not make a second version.
            return next.sameAs(latest) ? Optional.empty() : Optional.of(next);
        }, caller);
    }

    /** The input of {@code publishAgenda}, checked and published by {@link #publishFromDraft}. */
    public AgendaVersion publish(PublishAgendaInput in, Caller caller) {
        return publishFromDraft(in.meeting(), in.source(), in.sourceDate(), Boolean.TRUE.equals(in.allowGaps()),
                in.items() == null ? null : in.items().stream().map(ItemInput::toItem).toList(), caller);
    }

    /**
     * Allocates a document to an item of the latest version, as a new version whose source is
     * {@code source} (default "allocation of &lt;document&gt;"). Idempotent: when the item already
     * lists the document, the latest version is returned and nothing is written.
     *
     * @param item the item's key or its number as printed
     */
    public AgendaVersion allocate(String meetingId, String item, String document, String source, LocalDate sourceDate,
            Caller caller) {
        meetings.require(meetingId);
        if (!AgendaRules.isDocument(document)) {
            throw DeskException.invalid("document", "must be " + AgendaRules.DOCUMENT_FORMS);
        }
        String from = source == null || source.isBlank() ? "allocation of " + document : source.trim();
        return append(meetingId, latest -> {
            if (latest == null) {
                throw DeskException.notFound("agenda of meeting", meetingId);
            }
            AgendaItem target = latest.find(item.trim()).orElseThrow(() -> DeskException.notFound(
                    "item with key or number", item + "' in version " + latest.version() + " of the agenda of '" + meetingId));
            if (target.documents().contains(document)) {
                return Optional.empty();
            }
            List<String> documents = new ArrayList<>(target.documents());
            documents.add(document);
            return Optional.of(new Draft(from, sourceDate, replace(latest.items(), target.key(), documents)));
        }, caller);
    }

    /** The latest version, or the given one. */
    public AgendaVersion require(String meetingId, Integer version) {
        return find(meetingId, version).orElseThrow(() -> version == null
                ? DeskException.notFound("agenda for meeting", meetingId)
                : DeskException.notFound("agenda version", meetingId + " v" + version));
    }

    /** The latest or a given version with titles in {@code lang} (English where that language has none). */
    public AgendaView view(String meetingId, Integer version, String lang) {
        return view(require(meetingId, version), lang);
    }

    /** A version already read, with titles in {@code lang}. */
    public AgendaView view(AgendaVersion version, String lang) {
        return AgendaView.of(version, lang == null || lang.isBlank() ? AgendaItem.ENGLISH : lang);
    }

    /** The latest or a given version, if there is one: one key lookup. */
    public Optional<AgendaVersion> find(String meetingId, Integer version) {
        return version == null ? repository.latest(meetingId) : repository.version(meetingId, version);
    }

    public AgendaChanges changes(String meetingId, int from, int to) {
        return AgendaDiff.between(require(meetingId, from), require(meetingId, to));
    }

    /** What a change produces: the new version's content, built on the latest version. */
    private record Draft(String source, LocalDate sourceDate, List<AgendaItem> items) {
        boolean sameAs(AgendaVersion v) {
            return v != null && source.equals(v.source()) && Objects.equals(sourceDate, v.sourceDate())
                    && items.equals(v.items());
        }
    }

    /**
     * The append loop: build on the latest (null when none), write conditionally, on a lost race
     * read again. {@code change} answers empty when nothing is to be written (the latest stands).
     */
    private AgendaVersion append(String meetingId, Function<AgendaVersion, Optional<Draft>> change, Caller caller) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            AgendaVersion latest = repository.latest(meetingId).orElse(null);
            Optional<Draft> draft = change.apply(latest);
            if (draft.isEmpty()) {
                return latest;
            }
            int number = latest == null ? 1 : latest.version() + 1;
            AgendaVersion next = AgendaVersion.of(meetingId, number, draft.get().source(), draft.get().sourceDate(),
                    clock.instant(), caller.subject(), draft.get().items());
            if (repository.append(next)) {
                return next;
            }
            backOff(attempt);
        }
        throw DeskException.conflict("agenda-busy", "the agenda of " + meetingId + " changed " + MAX_ATTEMPTS
                + " times while this version was being published; nothing was written, try again");
    }

    private static void backOff(int attempt) {
        // Jitter spreads racing publishers apart so each round has a winner quickly.
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 8) + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeskException.unavailable("interrupted while publishing the agenda");
        }
    }

    private static List<AgendaItem> replace(List<AgendaItem> items, String key, List<String> documents) {
        return items.stream().map(i -> key.equals(i.key()) ? i.withDocuments(documents)
                : i.withChildren(replace(i.children(), key, documents))).toList();
    }

    /** 12 hex digits: unique enough within one meeting's agenda; collisions are skipped by {@link ItemIdentity}. */
    static String newKey() {
        byte[] b = new byte[6];
        KEYS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
