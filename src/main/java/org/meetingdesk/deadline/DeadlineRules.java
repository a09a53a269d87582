package org.meetingdesk.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The deadline engine: ITU-T A.1 practice as the collective letters apply it (DESIGN.md §2).
 *
 * <p>Pure: no clock, no storage. Every date is a Geneva calendar date counted back from S, the
 * first day of the meeting, and closes at the end of that day in the meeting's zone. Weekends and
 * holidays are not shifted; a letter that moves a date says so, and that stated date is kept as an
 * override beside the rule's date, never silently replacing it.
 *
 * <p>Month arithmetic keeps the day of month, or takes the month's last day when it has no such
 * day ({@link LocalDate#minusMonths} does exactly this: 31 May - 1 month = 30 April).
 */
public final class DeadlineRules {

    public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private record Rule(String text, UnaryOperator<LocalDate> fromStart) {
    }

    private static final Map<DeadlineKind, Rule> RULES = new EnumMap<>(Map.of(
            DeadlineKind.TRANSLATION, new Rule("start minus 2 calendar months", s -> s.minusMonths(2)),
            DeadlineKind.FELLOWSHIP, new Rule("start minus 6 weeks", s -> s.minusWeeks(6)),
            DeadlineKind.INTERPRETATION, new Rule("start minus 6 weeks", s -> s.minusWeeks(6)),
            DeadlineKind.REGISTRATION, new Rule("start minus 1 calendar month", s -> s.minusMonths(1)),
            DeadlineKind.VISA, new Rule("start minus 1 calendar month", s -> s.minusMonths(1)),
            // 12 clear calendar days between the deadline day and the opening day.
            DeadlineKind.CONTRIBUTION, new Rule("start minus 13 days (12 clear days)", s -> s.minusDays(13))));

    private DeadlineRules() {
    }

    /** Whether the rules give this kind a deadline for a meeting with these offers. */
    public static boolean applies(DeadlineKind kind, Offers offers) {
        return switch (kind) {
            case TRANSLATION, REGISTRATION, CONTRIBUTION -> true;
            case FELLOWSHIP -> offers.fellowships();
            case INTERPRETATION -> offers.interpretation();
            case VISA -> offers.visaLetters();
        };
    }

    /** The date the rule gives for a kind. */
    public static LocalDate ruleDate(DeadlineKind kind, LocalDate start) {
        return RULES.get(kind).fromStart().apply(start);
    }

    /**
     * Every deadline of a meeting, in {@link DeadlineKind} order: each applicable kind from the
     * rules, each stated date winning over its rule, and a stated kind the rules do not give
     * (fellowships announced for a meeting that says it offers none) kept as an override.
     */
    public static List<Deadline> schedule(LocalDate start, Offers offers, ZoneId zone, List<StatedDeadline> stated) {
        Map<DeadlineKind, LocalDate> statedByKind = new EnumMap<>(DeadlineKind.class);
        for (StatedDeadline s : stated == null ? List.<StatedDeadline>of() : stated) {
            statedByKind.put(s.kind(), s.date());
        }
        List<Deadline> out = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            boolean applies = applies(kind, offers);
            LocalDate statedDate = statedByKind.get(kind);
            if (!applies && statedDate == null) {
                continue;
            }
            Rule rule = RULES.get(kind);
            LocalDate ruleDate = applies ? rule.fromStart().apply(start) : null;
            LocalDate date = statedDate != null ? statedDate : ruleDate;
            boolean override = statedDate != null && !statedDate.equals(ruleDate);
            out.add(new Deadline(kind, date, date.plusDays(1).atStartOfDay(zone),
                    applies ? rule.text() : null, ruleDate, override, statedDate != null));
        }
        return out;
    }
}
