package org.meetingdesk.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted letter cut into the regions ITU letters share: the header (date, reference, addressees,
 * contact block, subject) up to the salutation, the body up to the first annex, and the annexes.
 *
 * <p>Word's paste leaves markers ("[bookmark: …]", "[image: …]"), non-breaking spaces and
 * table bars behind; they are removed here once, so no step has to care. Headings are looked up
 * in the letter's vocabulary and then in English, because ITU annexes are often English inside
 * a letter in another language (both seeds: Chinese letter, English Annex B).
 */
public final class LetterText {

    private static final Pattern MARKERS = Pattern.compile("\\[(?:bookmark|image):[^\\]]*\\]", Pattern.DOTALL);

    /** English letters number their paragraphs "1<tab>…"; the number is not part of the sentence. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,2}\\t\\s*");

    private final List<String> lines;
    private final Vocabulary vocab;
    private final Vocabulary english;
    private final DateReader dates;
    private final DateReader englishDates;
    private final int salutation;
    private final int bodyEnd;

    public LetterText(String raw, Vocabulary vocab, Vocabulary english) {
        this.vocab = vocab;
        this.english = english;
        this.dates = new DateReader(vocab);
        this.englishDates = new DateReader(english);
        String clean = MARKERS.matcher(raw).replaceAll("")
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00a0', ' ').replace('\u3000', ' ').replace('\u200b', ' ')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", " ");
        this.lines = List.of(clean.split("\n", -1));
        this.salutation = firstLine("label.salutation", 0, lines.size());
        int annex = firstHeading("heading.annex", salutation < 0 ? 0 : salutation + 1);
        this.bodyEnd = annex < 0 ? lines.size() : annex;
    }

    public Vocabulary vocab() {
        return vocab;
    }

    /** English patterns for what ITU often prints in English whatever the letter's language. */
    public Vocabulary english() {
        return english;
    }

    public DateReader dates() {
        return dates;
    }

    /** Whether a line starts with a date in the letter's language or in English (Annex B is often English). */
    public boolean startsWithDate(String line) {
        return dates.leading(line, 2000) != null || englishDates.leading(line, 2000) != null;
    }

    public List<String> lines() {
        return lines;
    }

    public boolean hasSalutation() {
        return salutation >= 0;
    }

    /** Lines before the salutation (all lines when the letter has none). */
    public List<String> headerLines() {
        return lines.subList(0, salutation < 0 ? lines.size() : salutation);
    }

    public String header() {
        return String.join("\n", headerLines());
    }

    /** From the salutation to the first annex (the whole text when neither is found). */
    public List<String> bodyLines() {
        return lines.subList(salutation < 0 ? 0 : salutation + 1, Math.max(bodyEnd, salutation + 1));
    }

    public String body() {
        return String.join("\n", bodyLines());
    }

    /** Everything except the header: body and annexes (offers and languages are often in Annex A). */
    public String bodyAndAnnexes() {
        return String.join("\n", lines.subList(salutation < 0 ? 0 : salutation + 1, lines.size()));
    }

    /** The subject: the text after the subject label, on its line or the next lines up to a blank one. */
    public String subject() {
        List<String> header = headerLines();
        for (int i = 0; i < header.size(); i++) {
            for (Pattern p : both("label.subject")) {
                Matcher m = p.matcher(header.get(i));
                if (m.find()) {
                    StringBuilder sb = new StringBuilder(header.get(i).substring(m.end()).replaceFirst("^[\\s:：]+", ""));
                    for (int j = i + 1; j < header.size(); j++) {
                        String next = header.get(j).strip();
                        if (next.isEmpty()) {
                            if (sb.toString().isBlank()) {
                                continue;
                            }
                            break;
                        }
                        sb.append(sb.isEmpty() ? "" : " ").append(next);
                    }
                    return sb.toString().strip();
                }
            }
        }
        return "";
    }

    /** The first paragraph after the salutation. */
    public String firstParagraph() {
        for (String line : bodyLines()) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** Body sentences, split at full stops of either script. */
    public List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[。！？])|(?<=[.!?])\\s+|\\n")) {
            if (!s.isBlank()) {
                out.add(PARAGRAPH_NUMBER.matcher(s.strip()).replaceFirst(""));
            }
        }
        return out;
    }

    /** Index of the first line (from {@code from}) that starts with a heading of the key, or -1. */
    public int firstHeading(String key, int from) {
        // A heading is short: a sentence mentioning "Annex A" is not one.
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (isHeading(key, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether line {@code i} starts with a heading of the key. */
    public boolean isHeading(String key, int i) {
        String line = lines.get(i).strip();
        return line.length() <= 60 && both(key).stream().anyMatch(p -> p.matcher(line).lookingAt());
    }

    /** The letter's patterns for a key, then the English ones. */
    public List<Pattern> both(String key) {
        List<Pattern> out = new ArrayList<>(vocab.patterns(key));
        if (english != vocab) {
            out.addAll(english.patterns(key));
        }
        return out;
    }

    /** Text with every parenthesised aside removed: other events' dates hide in them. */
    public static String withoutAsides(String text) {
        String out = text;
        String prev;
        do {
            prev = out;
            out = out.replaceAll("[（(][^（）()]*[）)]", " ");
        } while (!out.equals(prev));
        return out;
    }

    private int firstLine(String key, int from, int to) {
        for (int i = from; i < to; i++) {
            for (Pattern p : both(key)) {
                if (p.matcher(lines.get(i)).find()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
