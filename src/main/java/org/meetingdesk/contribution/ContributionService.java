package org.meetingdesk.contribution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.meetingdesk.contribution.ContributionInputs.AcceptLate;
import org.meetingdesk.contribution.ContributionInputs.SubmitContribution;
import org.meetingdesk.contribution.ContributionInputs.SubmitTd;
import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.security.Caller;
import org.meetingdesk.security.Roles;

/**
 * Receives contributions and TDs, numbers and classifies them, and hands them out to members with
 * short-lived download links.
 *
 * <p>Visibility: a LATE contribution not yet accepted is not part of the meeting; only the
 * secretariat and its submitter (same subject or organization) see it.
 */
@ApplicationScoped
public class ContributionService {

    static final int MAX_ABSTRACT = 5000;
    private static final Logger LOG = Logger.getLogger(ContributionService.class);
    private static final Comparator<Document> NUMBER_ORDER = Comparator.comparing(Document::kind)
            .thenComparingLong(d -> d.number().serial()).thenComparingInt(d -> d.number().revision());

    private final MeetingService meetings;
    private final DocumentRepository documents;
    private final DocumentFiles files;
    private final Clock clock;
    private final Duration linkTtl;

    public ContributionService(MeetingService meetings, DocumentRepository documents, DocumentFiles files, Clock clock,
            @ConfigProperty(name = "meetingdesk.documents.link-ttl", defaultValue = "PT10M") Duration linkTtl) {
        this.meetings = meetings;
        this.documents = documents;
        this.files = files;
        this.clock = clock;
        this.linkTtl = linkTtl;
    }

    /** A member's contribution, or with {@code revises} a revision of one of their own. */
    public DocumentView submitContribution(Caller caller, SubmitContribution in) {
        Instant receivedAt = clock.instant(); // classified at the instant it arrived, before any work
        if (in.summary() != null && in.summary().length() > MAX_ABSTRACT) {
            throw DeskException.invalid("abstract", "size must be between 0 and " + MAX_ABSTRACT);
        }
        Meeting meeting = meetings.require(in.meeting());
        DocumentFile file = DocumentFile.of(in.fileName(), in.content());
        Document original = in.revises() == null ? null : originalToRevise(meeting, in.revises(), caller);
        boolean translation = Boolean.TRUE.equals(in.translationRequested());
        Receipt receipt = Intake.classify(meeting, translation, receivedAt);
        Document.Contact contact = in.contact() == null ? null : new Document.Contact(in.contact().name(), in.contact().email());
        String key = store(meeting, file);
        try {
            String prefix = DocumentNumber.prefixOf(meeting.group());
            Document stored = original == null
                    ? documents.createNumbered(meeting.id(), DocumentKind.C, serial -> new Document(meeting.id(),
                            new DocumentNumber(prefix, DocumentKind.C, serial, 0), in.title(), in.source(), contact,
                            in.forAction(), translation, listOrEmpty(in.agendaItems()), listOrEmpty(in.questions()),
                            in.summary(), null, in.fileName(), file.type(), file.bytes().length, file.sha256(), key,
                            caller.subject(), caller.organization(), receivedAt, receipt.classification(),
                            receipt.classification() != Classification.LATE, receipt, null))
                    : documents.createRevision(original, revision -> new Document(meeting.id(),
                            original.number().withRevision(revision), in.title(), in.source(), contact,
                            in.forAction(), translation, listOrEmpty(in.agendaItems()), listOrEmpty(in.questions()),
                            in.summary(), original.number().toString(), in.fileName(), file.type(),
                            file.bytes().length, file.sha256(), key, caller.subject(), caller.organization(),
                            receivedAt, receipt.classification(), receipt.classification() != Classification.LATE,
                            receipt, null));
            return view(stored);
        } catch (RuntimeException e) {
            discard(key);
            throw e;
        }
    }

    /** A TD, numbered in the meeting's TD series; no deadline applies. */
    public DocumentView submitTd(Caller caller, SubmitTd in) {
        Instant receivedAt = clock.instant();
        Meeting meeting = meetings.require(in.meeting());
        DocumentFile file = DocumentFile.of(in.fileName(), in.content());
        Receipt receipt = Intake.issued(meeting, receivedAt);
        String key = store(meeting, file);
        try {
            String prefix = DocumentNumber.prefixOf(meeting.group());
            return view(documents.createNumbered(meeting.id(), DocumentKind.TD, serial -> new Document(meeting.id(),
                    new DocumentNumber(prefix, DocumentKind.TD, serial, 0), in.title(), in.source(), null,
                    Boolean.TRUE.equals(in.forAction()), false, listOrEmpty(in.agendaItems()), List.of(), null, null,
                    in.fileName(), file.type(), file.bytes().length, file.sha256(), key, caller.subject(),
                    caller.organization(), receivedAt, null, true, receipt, null)));
        } catch (RuntimeException e) {
            discard(key);
            throw e;
        }
    }

    /** The meeting's documents the caller may see, in number order, each with a fresh download link. */
    public List<DocumentView> documents(Caller caller, String meetingId) {
        meetings.require(meetingId);
        return documents.list(meetingId).stream().filter(d -> visible(d, caller)).sorted(NUMBER_ORDER)
                .map(this::view).toList();
    }

    /** One document with a fresh download link; 404 for a held LATE contribution the caller may not see. */
    public DocumentView document(Caller caller, String meetingId, String number) {
        meetings.require(meetingId);
        return view(find(meetingId, number, "number", caller));
    }

    /** Accepts a LATE contribution for the meeting, recording who, when and why. */
    public DocumentView acceptLate(Caller caller, AcceptLate in) {
        meetings.require(in.meeting());
        Document doc = find(in.meeting(), in.number(), "number", caller);
        if (doc.classification() != Classification.LATE) {
            throw DeskException.conflict("not-late", doc.number() + " is not a LATE contribution; it is already part of the meeting");
        }
        if (doc.accepted()) {
            throw DeskException.conflict("already-accepted", doc.number() + " was accepted on " + doc.lateAcceptance().at()
                    + " by " + doc.lateAcceptance().by());
        }
        Document accepted = doc.acceptedLate(new Document.LateAcceptance(caller.subject(), clock.instant(), in.reason()));
        documents.acceptLate(accepted);
        return view(accepted);
    }

    /** The meeting's accepted documents under the agenda items they declare. */
    public AllocationTable allocationTable(String meetingId) {
        meetings.require(meetingId);
        return AllocationTable.of(meetingId, documents.list(meetingId).stream().filter(Document::accepted)
                .sorted(NUMBER_ORDER).toList());
    }

    private Document originalToRevise(Meeting meeting, String revises, Caller caller) {
        DocumentNumber number = DocumentNumber.parse(revises)
                .filter(n -> n.kind() == DocumentKind.C && n.prefix().equals(DocumentNumber.prefixOf(meeting.group())))
                .orElseThrow(() -> DeskException.invalid("revises", "must be a contribution number of this meeting, such as "
                        + DocumentNumber.prefixOf(meeting.group()) + "-C12"));
        Document original = documents.find(meeting.id(), number.withRevision(0))
                .orElseThrow(() -> DeskException.notFound("contribution of meeting " + meeting.id(), number.base()));
        if (!sameSubmitter(original, caller)) {
            throw DeskException.forbidden(number.base() + " was submitted by another organization; only its submitter may revise it");
        }
        return original;
    }

    private Document find(String meetingId, String number, String field, Caller caller) {
        DocumentNumber parsed = DocumentNumber.parse(number)
                .orElseThrow(() -> DeskException.invalid(field, "is not a document number such as SG2-C12, SG2-C12R1 or SG2-TD3"));
        return documents.find(meetingId, parsed).filter(d -> visible(d, caller))
                .orElseThrow(() -> DeskException.notFound("document of meeting " + meetingId, number));
    }

    private static boolean visible(Document d, Caller caller) {
        return d.accepted() || caller.is(Roles.SECRETARIAT) || sameSubmitter(d, caller);
    }

    /** The same person, or someone of the same organization (colleagues take over each other's documents). */
    private static boolean sameSubmitter(Document d, Caller caller) {
        return Objects.equals(d.submittedBy(), caller.subject())
                || (d.submitterOrganization() != null && !d.submitterOrganization().isBlank()
                        && d.submitterOrganization().equals(caller.organization()));
    }

    private String store(Meeting meeting, DocumentFile file) {
        // A fresh key per upload: the number is only known once the write succeeds, and the file
        // must be in place before any item points at it.
        String key = "documents/" + meeting.id() + "/" + UUID.randomUUID() + "." + file.type().extension;
        files.put(key, file.bytes(), file.type().contentType);
        return key;
    }

    private void discard(String key) {
        try {
            files.delete(key);
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not remove unrecorded upload %s", key); // an orphan file, never an orphan record
        }
    }

    private DocumentView view(Document d) {
        Instant expires = clock.instant().plus(linkTtl);
        String url = files.downloadLink(d.fileKey(), d.downloadName(), d.fileType().contentType, linkTtl).toString();
        return DocumentView.of(d, url, DateTimeFormatter.ISO_INSTANT.format(expires));
    }

    /** Declared items and Questions, each once, in the order given. */
    private static List<String> listOrEmpty(List<String> list) {
        return list == null ? List.of() : list.stream().distinct().toList();
    }
}
