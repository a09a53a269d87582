package org.meetingdesk.contribution;

import static org.meetingdesk.support.Api.secretariat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Test helpers for the document functions: meetings, request bodies and file bytes. */
final class Docs {

    private Docs() {
    }

    /** Publishes a virtual meeting (no stated deadlines: all come from the rules) and returns its id. */
    static String publishMeeting(String group, String start) {
        Map<String, Object> m = new HashMap<>();
        m.put("group", group);
        m.put("title", "Documents test meeting of " + group);
        m.put("start", start);
        m.put("end", start);
        m.put("mode", "VIRTUAL");
        m.put("languages", List.of("en"));
        m.put("letter", Map.of("reference", "TSB Collective letter 1/" + group, "date", "2026-01-05"));
        return secretariat().body(m).post("/publishMeeting").then().statusCode(200).extract().path("id");
    }

    static Map<String, Object> contribution(String meeting, String title, String fileName, byte[] bytes) {
        Map<String, Object> c = new HashMap<>();
        c.put("meeting", meeting);
        c.put("title", title);
        c.put("source", List.of("ORG-A"));
        c.put("contact", Map.of("name", "Ana Rapporteur", "email", "ana@example.org"));
        c.put("forAction", true);
        c.put("translationRequested", false);
        c.put("agendaItems", List.of("3"));
        c.put("questions", List.of("Q2/13"));
        c.put("abstract", "Proposes text.");
        c.put("fileName", fileName);
        c.put("content", Base64.getEncoder().encodeToString(bytes));
        return c;
    }

    static Map<String, Object> contribution(String meeting, String title) {
        return contribution(meeting, title, "proposal.pdf", pdf(64));
    }

    static Map<String, Object> td(String meeting, String title) {
        Map<String, Object> t = new HashMap<>();
        t.put("meeting", meeting);
        t.put("title", title);
        t.put("source", List.of("TSB"));
        t.put("agendaItems", List.of("1"));
        t.put("fileName", "td.docx");
        t.put("content", Base64.getEncoder().encodeToString(docx(64)));
        return t;
    }

    /** A file of {@code size} bytes starting with a PDF signature, the rest random. */
    static byte[] pdf(int size) {
        return withMagic("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    static byte[] docx(int size) {
        return withMagic(new byte[] { 'P', 'K', 3, 4 }, size);
    }

    static byte[] doc(int size) {
        return withMagic(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }, size);
    }

    static byte[] png(int size) {
        return withMagic(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, size);
    }

    private static byte[] withMagic(byte[] magic, int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, size));
        return bytes;
    }

    static byte[] copy(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length);
    }
}
