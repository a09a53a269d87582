package org.meetingdesk.registration;

import java.util.List;
import java.util.Optional;

import org.meetingdesk.mail.OutboxMail;

/**
 * Storage port for registrations, their audit trail and the mails they cause. Every write is
 * one transaction holding the change, its audit entries and its outbox mails, so none of them
 * can exist without the others.
 */
public interface RegistrationRepository {

    /** Strongly consistent read by id. */
    Optional<Registration> find(String id);

    /** The person's active registration for the meeting (the uniqueness item), strongly consistent. */
    Optional<Registration> active(String meeting, String subject);

    /** Every registration of a meeting, oldest first (a key query in the meeting's partition). */
    List<Registration> byMeeting(String meeting);

    /** An organization's requests awaiting approval, oldest first, optionally for one meeting. */
    List<Registration> pending(String organization, String meeting);

    /** A person's registrations, newest first. */
    List<Registration> byPerson(String subject);

    /** A meeting's waitlist, oldest first. */
    List<Registration> waitlist(String meeting);

    /** Outcome of {@link #create}. */
    enum Created { CREATED, ALREADY_ACTIVE, NO_PLACE }

    /**
     * Creates a registration, atomically with: the person's uniqueness item for the meeting
     * (fails with ALREADY_ACTIVE when one exists), and when the registration holds a place, the
     * meeting's place counter incremented under the condition {@code taken < capacity} (fails with
     * NO_PLACE); nothing is written on failure.
     */
    Created create(Registration registration, int capacity, AuditEntry audit, List<OutboxMail> mails);

    /**
     * One registration moving from {@code before} to {@code after}. The write is conditional on
     * {@code before}'s status and version. Leaving the active states deletes the uniqueness item.
     */
    record Step(Registration before, Registration after, AuditEntry audit) {
    }

    /**
     * Applies steps atomically with their mails and a change of the meeting's place counter.
     *
     * @param placeDelta added to the meeting's counter (−1 when a place frees and nobody takes it)
     * @throws Stale naming the first step whose registration changed meanwhile
     */
    void apply(List<Step> steps, int placeDelta, List<OutboxMail> mails);

    /** Some registration in a transaction was not in the state it was read in. */
    final class Stale extends RuntimeException {
        private final int step;

        public Stale(int step) {
            super("registration changed meanwhile", null, false, false);
            this.step = step;
        }

        public int step() {
            return step;
        }
    }

    /** The audit trail of one registration, in order. */
    List<AuditEntry> audit(String registration);

    /** The audit trail of a meeting's registrations, in time order. */
    List<AuditEntry> auditOfMeeting(String meeting);
}
