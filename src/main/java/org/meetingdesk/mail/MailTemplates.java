package org.meetingdesk.mail;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Qute templates under {@code templates/mail/}, one per mail and language:
 * {@code <name>.<lang>.txt}, English when the recipient's language has none. The first line is
 * the subject ("Subject: ..."), the rest the body, so a translator edits one file per mail.
 */
@ApplicationScoped
public class MailTemplates {

    private final Engine engine;

    public MailTemplates(Engine engine) {
        this.engine = engine;
    }

    public Rendered render(String name, String language, Map<String, String> data) {
        Template template = engine.getTemplate("mail/" + name + "." + (language == null ? "en" : language) + ".txt");
        if (template == null) {
            template = engine.getTemplate("mail/" + name + ".en.txt");
        }
        if (template == null) {
            throw new IllegalStateException("no mail template " + name);
        }
        var instance = template.instance();
        data.forEach(instance::data);
        String text = instance.render().strip();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("mail template " + name + " does not start with 'Subject:'");
        }
        return new Rendered(first.substring("Subject:".length()).strip(), newline < 0 ? "" : text.substring(newline + 1).strip() + "\n");
    }

    public record Rendered(String subject, String body) {
    }
}
