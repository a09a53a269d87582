package org.meetingdesk.letter;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening and closing time from the body ("11时至15时", "from 11:00 to 15:00 hours", "will open at
 * 0930 hours", "上午日内瓦时间10时开始"). A bare number is not a time: a match needs minutes, a unit
 * ("hours", "时") or a.m./p.m. A closing time the letter does not state stays empty, with a warning.
 */
final class TimesStep implements ExtractionStep {

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        for (String sentence : letter.sentences(letter.body())) {
            for (Pattern p : letter.vocab().patterns("time.range")) {
                Matcher m = p.matcher(sentence);
                while (m.find()) {
                    LocalTime from = time(m, "h1", "m1", "unit1", "pm1");
                    LocalTime to = time(m, "h2", "m2", "unit2", "pm2");
                    if (from != null && to != null && to.isAfter(from)) {
                        draft.openingTime = from;
                        draft.closingTime = to;
                        return;
                    }
                }
            }
        }
        for (String sentence : letter.sentences(letter.body())) {
            for (Pattern p : letter.vocab().patterns("time.opening")) {
                Matcher m = p.matcher(sentence);
                while (m.find()) {
                    LocalTime at = time(m, "h", "m", "unit", "pm");
                    if (at != null) {
                        draft.openingTime = at;
                        draft.warn("closingTime", sentence, "the letter states no closing time; left empty");
                        return;
                    }
                }
            }
        }
        draft.warn("openingTime", "", "no opening time found in the body of the letter");
    }

    private static LocalTime time(Matcher m, String hour, String minute, String unit, String pm) {
        String h = Matches.group(m, hour);
        String min = Matches.group(m, minute);
        boolean afternoon = Matches.group(m, pm) != null;
        if (h == null || (min == null && Matches.group(m, unit) == null && !afternoon)) {
            return null;
        }
        int hh = Integer.parseInt(h);
        int mm = min == null ? 0 : Integer.parseInt(min);
        if (afternoon && hh < 12) {
            hh += 12;
        }
        return hh < 24 && mm < 60 ? LocalTime.of(hh, mm) : null;
    }
}
