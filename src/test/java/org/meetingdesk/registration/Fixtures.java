package org.meetingdesk.registration;

import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;
import static org.meetingdesk.support.Api.token;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import io.restassured.response.ValidatableResponse;

import org.meetingdesk.support.GreenMailResource;

/** Meetings, organizations, people and mail look-ups for the registration tests. */
final class Fixtures {

    /** Distinct start dates, so every test has meetings of its own in the shared app. */
    private static final AtomicInteger WEEK = new AtomicInteger();
    static final LocalDate FIRST = LocalDate.of(2031, 1, 6);

    private Fixtures() {
    }

    static Map<String, Object> meeting(String group, String mode) {
        LocalDate start = FIRST.plusWeeks(WEEK.getAndIncrement());
        Map<String, Object> m = new HashMap<>();
        m.put("group", group);
        m.put("title", "Registration test meeting of " + group);
        m.put("start", start.toString());
        m.put("end", start.plusDays(2).toString());
        m.put("openingTime", "09:30");
        m.put("closingTime", "17:30");
        m.put("mode", mode);
        m.put("place", "Geneva");
        m.put("languages", List.of("en", "zh"));
        m.put("letter", Map.of("reference", "TSB Collective letter 1/" + group, "date", "2030-06-01"));
        return m;
    }

    /** Publishes a meeting and answers its id. */
    static String publish(Map<String, Object> meeting) {
        return secretariat().body(meeting).post("/publishMeeting").then().statusCode(200).extract().path("id");
    }

    static void organization(String id, String category, String country, boolean auto, String... focalPoints) {
        secretariat().body(Map.of("id", id, "name", "Org " + id, "category", category, "country", country,
                "focalPoints", List.of(focalPoints), "autoApproval", auto)).post("/publishOrganization")
                .then().statusCode(200);
    }

    static String delegate(String subject, String org) {
        return token(subject, org, "delegate", "member");
    }

    static String focalPoint(String subject, String org) {
        return token(subject, org, "focal-point", "delegate");
    }

    static Map<String, Object> request(String meeting, String name, String org) {
        Map<String, Object> r = new HashMap<>();
        r.put("meeting", meeting);
        r.put("name", name);
        r.put("organization", org);
        r.put("role", "delegate");
        return r;
    }

    static ValidatableResponse register(String token, Map<String, Object> body) {
        return as(token).body(body).post("/register").then();
    }

    /**
     * Mails GreenMail received for a recipient. Sending is synchronous, but a send can stall (GreenMail
     * now and then leaves an SMTP conversation unanswered; the request then gives up after
     * {@code quarkus.mailer.timeout} and leaves the mail in the outbox). While waiting, this does what
     * the sweep does in production: it sends what is pending.
     */
    static List<MimeMessage> mailsTo(String recipient, int atLeast) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long flushFrom = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        List<MimeMessage> found;
        do {
            found = new ArrayList<>();
            for (MimeMessage m : GreenMailResource.server().getReceivedMessages()) {
                try {
                    for (var to : m.getAllRecipients()) {
                        if (to.toString().equalsIgnoreCase(recipient)) {
                            found.add(m);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            if (found.size() >= atLeast) {
                return found;
            }
            if (System.nanoTime() > flushFrom) {
                io.quarkus.arc.Arc.container().instance(org.meetingdesk.mail.MailOutbox.class).get().flushPending(100);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } while (System.nanoTime() < until);
        return found;
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
