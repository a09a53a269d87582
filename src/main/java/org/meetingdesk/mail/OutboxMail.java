package org.meetingdesk.mail;

import java.time.Instant;
import java.util.Map;

/**
 * A mail to send, written to the outbox in the same transaction as the state change it reports,
 * so a change is never committed without its mail, nor a mail sent for a change that failed.
 *
 * @param key      idempotency key: the same change always yields the same key, so a retried
 *                 transaction cannot queue a second copy
 * @param template a template name under {@code templates/mail/} (without language and suffix)
 * @param language the recipient's language; the template falls back to English
 * @param data     the template's parameters, as text
 */
public record OutboxMail(String key, String to, String template, String language, Map<String, String> data,
        Instant createdAt) {
}
