package org.meetingdesk.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chair, stored as "Mr Leo Lehmann (Switzerland)": honorific and country translated through
 * the vocabulary ({@code honorific.先生=Mr}, {@code country.瑞士=Switzerland}). A mention with the
 * country is preferred (the Chinese seed names the chair twice, the second time with the country).
 */
final class ChairStep implements ExtractionStep {

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        String text = letter.body();
        Matcher withoutCountry = null;
        for (Pattern p : letter.both("chair")) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (Matches.group(m, "country") != null) {
                    draft.chair = render(letter, draft, m);
                    return;
                }
                if (withoutCountry == null) {
                    withoutCountry = m;
                }
            }
        }
        if (withoutCountry != null) {
            draft.chair = render(letter, draft, withoutCountry);
            draft.warn("chair", withoutCountry.group(), "the chair's country is not stated");
            return;
        }
        draft.warn("chair", "", "no chair named in the body of the letter");
    }

    private static String render(LetterText letter, DraftBuilder draft, Matcher m) {
        String title = Matches.group(m, "title");
        String english = title == null ? null : translate(letter, "honorific", title);
        String name = m.group("name").strip().replaceAll("\\s+", " ");
        String country = Matches.group(m, "country");
        String countryEnglish = country == null ? null : translate(letter, "country", country);
        if (country != null && countryEnglish == null) {
            countryEnglish = country;
            if (!country.matches("[\\p{IsLatin}\\p{Punct}\\s’]+")) {
                draft.warn("chair", country, "no English name known for this country; kept as printed");
            }
        }
        return (english == null ? "" : english + " ") + name + (countryEnglish == null ? "" : " (" + countryEnglish + ")");
    }

    private static String translate(LetterText letter, String kind, String printed) {
        String t = letter.vocab().name(kind, printed);
        return t != null ? t : letter.english().name(kind, printed);
    }
}
