package org.meetingdesk.registration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.deadline.DeadlineKind;
import org.meetingdesk.deadline.DeadlineService;
import org.meetingdesk.mail.MailOutbox;
import org.meetingdesk.mail.OutboxMail;
import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.organization.Organization;
import org.meetingdesk.organization.OrganizationRepository;
import org.meetingdesk.organization.OrganizationService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.problem.FieldError;
import org.meetingdesk.registration.RegistrationRepository.Created;
import org.meetingdesk.registration.RegistrationRepository.Stale;
import org.meetingdesk.registration.RegistrationRepository.Step;
import org.meetingdesk.security.Caller;
import org.meetingdesk.security.Roles;

/**
 * Registration requests and their life: approval by focal points (TSB Circular 68), automatic
 * approval (Circular 118), places and the waitlist, withdrawal, and the audit trail.
 *
 * <p>Every change is read–decide–write with the write conditional on what was read; when a
 * concurrent change wins, the whole decision is made again from fresh reads (a bounded number of
 * times), so the rules are always applied to the current state.
 */
@ApplicationScoped
public class RegistrationService {

    static final String SYSTEM = "system";
    private static final int ATTEMPTS = 8;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final RegistrationRepository repository;
    private final MeetingService meetings;
    private final OrganizationService organizations;
    private final MailOutbox mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RegistrationService(RegistrationRepository repository, MeetingService meetings,
            OrganizationService organizations, MailOutbox mail, Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.organizations = organizations;
        this.mail = mail;
        this.clock = clock;
    }

    /** A delegate asks to attend a meeting. A repeat of the same request answers the same registration. */
    public RegistrationView register(Caller caller, RegisterInput in) {
        Meeting meeting = meetings.require(in.meeting());
        var found = organizations.findWithSettings(in.organization())
                .orElseThrow(() -> DeskException.invalid("organization", "unknown organization"));
        Organization org = found.organization();
        if (!org.id().equals(caller.organization())) {
            throw DeskException.forbidden(caller.organization() == null ? "your sign-in names no organization"
                    : "you may register only with your own organization (" + caller.organization() + ")");
        }
        RegistrationOptions options = in.options() == null ? RegistrationOptions.NONE : in.options();
        String language = in.language() == null ? "en" : in.language();
        String role = in.role() == null || in.role().isBlank() ? "delegate" : in.role().trim();
        String fingerprint = String.join("|", in.meeting(), in.name().trim(), org.id(), role,
                String.valueOf(in.gender()), language, options.toString());
        return retrying(() -> {
            // No read of the caller's registrations first: the transaction's own guard refuses a second
            // active registration (ALREADY_ACTIVE below), so a first request, the common case, costs
            // one read less. Only a refusal looks for an earlier registration, because a repeat of a
            // request accepted while the rules allowed it still answers with that registration.
            Instant now = clock.instant();
            boolean late = false;
            try {
                if (!now.isBefore(meeting.opensAt())) {
                    throw DeskException.conflict("meeting-started", "meeting " + meeting.id() + " has already started");
                }
                checkOptions(meeting, org, options);
                if (!DeadlineService.deadline(meeting, DeadlineKind.REGISTRATION).isOpenAt(now)) {
                    if (!meeting.lateRegistration()) {
                        throw DeskException.conflict("registration-closed", "registration for " + meeting.id() + " closed on "
                                + DeadlineService.deadline(meeting, DeadlineKind.REGISTRATION).date());
                    }
                    late = true;
                }
                checkOptionDeadline(meeting, options.fellowship(), DeadlineKind.FELLOWSHIP, "fellowship-closed", now);
                checkOptionDeadline(meeting, options.interpretation(), DeadlineKind.INTERPRETATION, "interpretation-closed", now);
                checkOptionDeadline(meeting, options.visaLetter(), DeadlineKind.VISA, "visa-closed", now);
            } catch (DeskException refused) {
                Optional<Registration> existing = repository.active(meeting.id(), caller.subject());
                if (existing.isPresent()) {
                    return repeat(existing.get(), fingerprint);
                }
                throw refused;
            }

            RegistrationStatus status = approvesAtOnce(caller, found, meeting) ? RegistrationStatus.APPROVED
                    : RegistrationStatus.PENDING_APPROVAL;
            boolean counted = meeting.capacity() != null;
            Registration reg = new Registration(newId(meeting.id()), meeting.id(), caller.subject(), caller.email(),
                    in.name().trim(), org.id(), org.category(), org.country(), role, in.gender(), language, options,
                    status, late, counted, fingerprint, now, status == RegistrationStatus.APPROVED ? now : null,
                    status == RegistrationStatus.APPROVED ? SYSTEM : null, null, null, 1);
            String why = status == RegistrationStatus.APPROVED
                    ? (org.hasFocalPoint(caller) ? "requested by a focal point of the organization" : "automatic approval")
                    : "awaiting the focal point's approval";
            Created outcome = create(reg, meeting, org, why + (late ? "; late registration" : ""));
            if (outcome == Created.NO_PLACE) {
                reg = waitlisted(reg);
                outcome = create(reg, meeting, org, "no place left; waitlisted");
            }
            if (outcome == Created.ALREADY_ACTIVE) {
                // Another copy of this request won the race: answer with it (or 409 if it differs).
                Registration winner = repository.active(meeting.id(), caller.subject()).orElseThrow(() -> new Stale(-1));
                return repeat(winner, fingerprint);
            }
            return view(reg);
        });
    }

    private Created create(Registration reg, Meeting meeting, Organization org, String why) {
        List<OutboxMail> mails = RegistrationMails.after(reg, meeting, org, false, reg.createdAt());
        Created outcome = repository.create(reg, meeting.capacity() == null ? 0 : meeting.capacity(),
                AuditEntry.of(null, reg, reg.createdAt(), reg.subject(), why), mails);
        if (outcome == Created.CREATED) {
            mail.sendCommitted(mails);
        }
        return outcome;
    }

    private static Registration waitlisted(Registration r) {
        return new Registration(r.id(), r.meeting(), r.subject(), r.email(), r.name(), r.organization(), r.category(),
                r.country(), r.role(), r.gender(), r.language(), r.options(), RegistrationStatus.WAITLISTED, r.late(),
                false, r.fingerprint(), r.createdAt(), null, null, null, null, r.version());
    }

    private RegistrationView repeat(Registration existing, String fingerprint) {
        if (!existing.fingerprint().equals(fingerprint)) {
            throw DeskException.conflict("already-registered", "you are already registered for " + existing.meeting()
                    + " (" + existing.id() + ", " + existing.status() + "); withdraw it before registering again");
        }
        return view(existing);
    }

    private static boolean approvesAtOnce(Caller caller, OrganizationRepository.WithSettings org, Meeting meeting) {
        return org.organization().hasFocalPoint(caller) || org.settings().covers(meeting);
    }

    /** Options the meeting does not offer, or the organization may not ask for: 400 naming each. */
    private static void checkOptions(Meeting meeting, Organization org, RegistrationOptions o) {
        List<FieldError> errors = new ArrayList<>();
        if (o.interpretation() && !meeting.interpretation()) {
            errors.add(new FieldError("options.interpretation", "this meeting offers no interpretation"));
        }
        if (o.visaLetter() && !(meeting.mode().hasVenue() && meeting.visaSupport())) {
            errors.add(new FieldError("options.visaLetter", "this meeting offers no visa support letters"));
        }
        if (o.remoteParticipation() && !meeting.mode().hasRemote()) {
            errors.add(new FieldError("options.remoteParticipation", "this meeting is held on site only"));
        }
        if (o.fellowship() && !meeting.fellowships()) {
            errors.add(new FieldError("options.fellowship", "this meeting offers no fellowships"));
        } else if (o.fellowship() && !org.memberState()) {
            errors.add(new FieldError("options.fellowship", "fellowships are for delegates of Member States only"));
        }
        if (o.headOfDelegation() && !org.memberState()) {
            errors.add(new FieldError("options.headOfDelegation", "only Member State delegations have a head of delegation here"));
        }
        if (!errors.isEmpty()) {
            throw DeskException.invalid(errors);
        }
    }

    private static void checkOptionDeadline(Meeting meeting, boolean requested, DeadlineKind kind, String type, Instant now) {
        if (requested && !DeadlineService.deadline(meeting, kind).isOpenAt(now)) {
            throw DeskException.conflict(type, kind.name().toLowerCase(java.util.Locale.ROOT) + " requests for "
                    + meeting.id() + " closed on " + DeadlineService.deadline(meeting, kind).date());
        }
    }

    /** A focal point's requests to decide: their own organization only. */
    public List<RegistrationView> pending(Caller caller, String organization, String meeting) {
        organizations.requireFocalPointOf(caller, organization);
        return repository.pending(organization, meeting).stream().map(r -> RegistrationView.of(r, null)).toList();
    }

    /** Approves or rejects a pending request, once; another organization's request does not exist for them. */
    public RegistrationView decide(Caller caller, String id, boolean approve, String reason) {
        if (!approve && (reason == null || reason.isBlank())) {
            throw DeskException.invalid("reason", "is required to reject a request");
        }
        return retrying(() -> {
            Registration reg = repository.find(id).filter(r -> organizations.find(r.organization())
                    .map(o -> o.hasFocalPoint(caller)).orElse(false))
                    .orElseThrow(() -> DeskException.notFound("registration", id));
            if (reg.status() != RegistrationStatus.PENDING_APPROVAL) {
                throw DeskException.conflict("already-decided", "registration " + id + " is " + reg.status()
                        + (reg.decidedBy() != null ? " (decided by " + reg.decidedBy() + ")" : ""));
            }
            Instant now = clock.instant();
            String why = reason == null || reason.isBlank() ? null : reason.trim();
            Registration after = approve
                    ? reg.to(RegistrationStatus.APPROVED, now, caller.subject(), why, reg.holdsPlace())
                    : reg.to(RegistrationStatus.REJECTED, now, caller.subject(), why, false);
            try {
                transition(reg, after, caller.subject(), why);
            } catch (Stale e) {
                if (e.step() == 0 && repository.find(id).map(r -> r.status() != RegistrationStatus.PENDING_APPROVAL).orElse(true)) {
                    throw DeskException.conflict("already-decided", "registration " + id + " was decided meanwhile");
                }
                throw e;
            }
            return view(after);
        });
    }

    public List<RegistrationView> mine(Caller caller) {
        return repository.byPerson(caller.subject()).stream().map(this::view).toList();
    }

    /** The delegate withdraws their own registration; it frees the place and revokes remote access. */
    public RegistrationView withdraw(Caller caller, String id) {
        return retrying(() -> {
            Registration reg = repository.find(id).filter(r -> r.subject().equals(caller.subject()))
                    .orElseThrow(() -> DeskException.notFound("registration", id));
            if (reg.status() == RegistrationStatus.WITHDRAWN) {
                return view(reg); // a retried withdrawal
            }
            if (!reg.status().active()) {
                throw DeskException.conflict("not-active", "registration " + id + " is " + reg.status());
            }
            Registration after = reg.to(RegistrationStatus.WITHDRAWN, clock.instant(), caller.subject(), reg.reason(), false);
            transition(reg, after, caller.subject(), "withdrawn by the delegate");
            return view(after);
        });
    }

    /**
     * Expires the requests still undecided or waitlisted once a meeting has started; for the
     * scheduled sweep. Safe to call repeatedly.
     *
     * @return how many registrations expired
     */
    public int expireUndecided(String meetingId) {
        Meeting meeting = meetings.require(meetingId);
        if (clock.instant().isBefore(meeting.opensAt())) {
            return 0;
        }
        int expired = 0;
        for (Registration r : repository.byMeeting(meetingId)) {
            if (r.status() == RegistrationStatus.PENDING_APPROVAL || r.status() == RegistrationStatus.WAITLISTED) {
                Registration after = r.to(RegistrationStatus.EXPIRED, clock.instant(), SYSTEM, r.reason(), false);
                List<OutboxMail> told = organizations.find(r.organization())
                        .map(org -> RegistrationMails.after(after, meeting, org, false, clock.instant())).orElse(List.of());
                try {
                    // No promotion: the meeting has started, a freed place helps nobody now.
                    repository.apply(List.of(new Step(r, after, AuditEntry.of(r, after, clock.instant(), SYSTEM,
                            "undecided when the meeting started"))), r.holdsPlace() ? -1 : 0, told);
                    mail.sendCommitted(told);
                    expired++;
                } catch (Stale e) {
                    // decided or withdrawn meanwhile: nothing to expire
                }
            }
        }
        return expired;
    }

    /**
     * Writes one transition; when it frees a place, the oldest waitlisted registration takes it in
     * the same transaction (so the counter never shows a free place while someone waits).
     */
    private void transition(Registration before, Registration after, String by, String why) {
        Meeting meeting = meetings.require(before.meeting());
        Organization org = organizations.find(before.organization()).orElseThrow();
        Instant now = clock.instant();
        List<Step> steps = new ArrayList<>();
        List<OutboxMail> mails = new ArrayList<>();
        steps.add(new Step(before, after, AuditEntry.of(before, after, now, by, why)));
        mails.addAll(RegistrationMails.after(after, meeting, org, false, now));
        int placeDelta = 0;
        if (before.holdsPlace() && !after.holdsPlace()) {
            Optional<Registration> next = repository.waitlist(meeting.id()).stream()
                    .filter(r -> !r.id().equals(before.id())).findFirst();
            if (next.isPresent()) {
                Registration waiting = next.get();
                Organization theirs = organizations.find(waiting.organization()).orElseThrow();
                boolean auto = organizations.settings(theirs).covers(meeting);
                Registration promoted = auto
                        ? waiting.to(RegistrationStatus.APPROVED, now, SYSTEM, null, true)
                        : waiting.to(RegistrationStatus.PENDING_APPROVAL, now, SYSTEM, null, true);
                steps.add(new Step(waiting, promoted, AuditEntry.of(waiting, promoted, now, SYSTEM,
                        "a place freed" + (auto ? "; automatic approval" : "; awaiting the focal point's approval"))));
                mails.addAll(RegistrationMails.after(promoted, meeting, theirs, true, now));
            } else {
                placeDelta = -1;
            }
        }
        repository.apply(steps, placeDelta, mails);
        mail.sendCommitted(mails);
    }

    public List<AuditEntry> audit(String registration, String meeting) {
        if ((registration == null) == (meeting == null)) {
            throw DeskException.invalid(registration == null ? "meeting" : "registration",
                    "give either registration or meeting");
        }
        if (registration != null) {
            String m = Registration.meetingOf(registration);
            if (m == null || repository.find(registration).isEmpty()) {
                throw DeskException.notFound("registration", registration);
            }
            return repository.audit(registration);
        }
        meetings.require(meeting);
        return repository.auditOfMeeting(meeting);
    }

    /** Secretariat: every registration; focal point: their own organization's, named explicitly. */
    public Participants participants(Caller caller, String meetingId, String organization) {
        meetings.require(meetingId);
        if (!caller.is(Roles.SECRETARIAT)) {
            if (organization == null || organization.isBlank()) {
                throw DeskException.invalid("organization", "is required for a focal point");
            }
            organizations.requireFocalPointOf(caller, organization);
        }
        List<Registration> all = repository.byMeeting(meetingId).stream()
                .filter(r -> organization == null || organization.isBlank() || r.organization().equals(organization))
                .toList();
        return Participants.of(meetingId, organization, all);
    }

    /** The caller's approved registration for a meeting, or 409 not-approved. */
    Registration requireApproved(Caller caller, String meetingId) {
        return repository.active(meetingId, caller.subject()).filter(r -> r.status() == RegistrationStatus.APPROVED)
                .orElseThrow(() -> DeskException.conflict("not-approved",
                        "you have no approved registration for " + meetingId));
    }

    /** Stores a remote-access grant nonce on an approved registration (no transition, no audit). */
    Registration grant(Registration reg, String nonce) {
        Registration after = reg.withRemoteNonce(nonce);
        repository.apply(List.of(new Step(reg, after, null)), 0, List.of());
        return after;
    }

    Optional<Registration> find(String id) {
        return repository.find(id);
    }

    <T> T retrying(Supplier<T> action) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return action.get();
            } catch (Stale e) {
                try {
                    Thread.sleep(5L + random.nextInt(20 * (attempt + 1)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw DeskException.conflict("concurrent-update", "the registration kept changing while we worked on it; try again");
    }

    private RegistrationView view(Registration r) {
        Integer position = null;
        if (r.status() == RegistrationStatus.WAITLISTED) {
            List<Registration> list = repository.waitlist(r.meeting());
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(r.id())) {
                    position = i + 1;
                }
            }
        }
        return RegistrationView.of(r, position);
    }

    private String newId(String meetingId) {
        char[] c = new char[10];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return meetingId + Registration.ID_SEPARATOR + new String(c);
    }
}
