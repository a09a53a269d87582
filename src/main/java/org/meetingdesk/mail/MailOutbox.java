package org.meetingdesk.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Sends outbox mails: right after the transaction that queued them commits, and again from the
 * scheduled sweep ({@link #flushPending}) for whatever could not be sent then (SMTP down, process
 * stopped). Delivery is at-least-once: a mail is claimed, sent, then marked sent; a crash between
 * sending and marking sends it once more, which is better than losing a decision.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    private final OutboxRepository outbox;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final Clock clock;

    public MailOutbox(OutboxRepository outbox, MailTemplates templates, Mailer mailer, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Sends mails this request just committed to the outbox, already claimed for it by that commit
     * (see {@link OutboxRepository#SENDER_CLAIM}). Never throws: what fails stays pending.
     */
    public void sendCommitted(List<OutboxMail> mails) {
        for (OutboxMail mail : mails) {
            deliver(mail, true);
        }
    }

    /**
     * Sends up to {@code limit} pending mails, oldest first; for the scheduled sweep.
     *
     * @return how many were sent
     */
    public int flushPending(int limit) {
        int sent = 0;
        for (OutboxMail mail : outbox.pending(limit)) {
            if (deliver(mail, false)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxMail mail, boolean claimed) {
        Instant now = clock.instant();
        try {
            if (!claimed && !outbox.claim(mail.key(), now, now.plus(OutboxRepository.SENDER_CLAIM))) {
                return false;
            }
            MailTemplates.Rendered rendered = templates.render(mail.template(), mail.language(), mail.data());
            mailer.send(Mail.withText(mail.to(), rendered.subject(), rendered.body()));
            outbox.markSent(mail.key(), clock.instant());
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("mail %s to %s not sent yet (%s); it stays in the outbox", mail.key(), mail.to(), e.toString());
            try {
                outbox.markFailed(mail.key(), e.toString());
            } catch (RuntimeException ignored) {
                // the claim expires on its own; the sweep retries
            }
            return false;
        }
    }
}
