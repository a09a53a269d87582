package org.meetingdesk.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The deadline engine against DESIGN.md §2: seeds, month ends, day boundaries and DST. */
class DeadlineRulesTest {

    static final Offers NONE = new Offers(false, false, false);
    static final Offers ALL = new Offers(true, true, true);

    static Map<DeadlineKind, Deadline> byKind(List<Deadline> deadlines) {
        return deadlines.stream().collect(Collectors.toMap(Deadline::kind, Function.identity()));
    }

    static List<Deadline> rules(String start, Offers offers) {
        return DeadlineRules.schedule(LocalDate.parse(start), offers, DeadlineRules.GENEVA, List.of());
    }

    @Test
    void sg13SeedGivesItsThreeLetterDates() {
        Map<DeadlineKind, Deadline> d = byKind(rules("2020-12-07", NONE));
        assertEquals(List.of(DeadlineKind.TRANSLATION, DeadlineKind.REGISTRATION, DeadlineKind.CONTRIBUTION),
                rules("2020-12-07", NONE).stream().map(Deadline::kind).toList());
        assertEquals(LocalDate.parse("2020-10-07"), d.get(DeadlineKind.TRANSLATION).date());
        assertEquals(LocalDate.parse("2020-11-07"), d.get(DeadlineKind.REGISTRATION).date());
        assertEquals(LocalDate.parse("2020-11-24"), d.get(DeadlineKind.CONTRIBUTION).date());
    }

    @Test
    void sg2SeedGivesItsThreeLetterDates() {
        Map<DeadlineKind, Deadline> d = byKind(rules("2020-09-07", NONE));
        assertEquals(LocalDate.parse("2020-07-07"), d.get(DeadlineKind.TRANSLATION).date());
        assertEquals(LocalDate.parse("2020-08-07"), d.get(DeadlineKind.REGISTRATION).date());
        assertEquals(LocalDate.parse("2020-08-25"), d.get(DeadlineKind.CONTRIBUTION).date());
    }

    @Test
    void monthEndTakesTheMonthsLastDay() {
        Map<DeadlineKind, Deadline> may31 = byKind(rules("2021-05-31", NONE));
        assertEquals(LocalDate.parse("2021-03-31"), may31.get(DeadlineKind.TRANSLATION).date());
        assertEquals(LocalDate.parse("2021-04-30"), may31.get(DeadlineKind.REGISTRATION).date());
        assertEquals(LocalDate.parse("2021-02-28"), byKind(rules("2021-03-30", NONE)).get(DeadlineKind.REGISTRATION).date());
        assertEquals(LocalDate.parse("2024-02-29"), byKind(rules("2024-03-30", NONE)).get(DeadlineKind.REGISTRATION).date());
        assertEquals(LocalDate.parse("2024-02-29"), byKind(rules("2024-04-30", NONE)).get(DeadlineKind.TRANSLATION).date());
    }

    @Test
    void optionalKindsOnlyWhenOffered() {
        Map<DeadlineKind, Deadline> d = byKind(rules("2030-03-18", ALL));
        assertEquals(6, d.size());
        assertEquals(LocalDate.parse("2030-02-04"), d.get(DeadlineKind.FELLOWSHIP).date());
        assertEquals(LocalDate.parse("2030-02-04"), d.get(DeadlineKind.INTERPRETATION).date());
        assertEquals(LocalDate.parse("2030-02-18"), d.get(DeadlineKind.VISA).date());
        assertEquals(3, rules("2030-03-18", NONE).size());
    }

    @Test
    void closesAtTheEndOfTheGenevaDayInWinterAndSummer() {
        Deadline winter = byKind(rules("2020-12-07", NONE)).get(DeadlineKind.REGISTRATION);
        assertEquals("2020-11-08T00:00+01:00[Europe/Zurich]", winter.closesAt().toString());
        assertEquals(Instant.parse("2020-11-07T23:00:00Z"), winter.closesAt().toInstant());
        Deadline summer = byKind(rules("2020-09-07", NONE)).get(DeadlineKind.REGISTRATION);
        assertEquals(Instant.parse("2020-08-07T22:00:00Z"), summer.closesAt().toInstant());
    }

    @Test
    void dayBoundaryIsExactToTheSecond() {
        Deadline d = byKind(rules("2020-12-07", NONE)).get(DeadlineKind.REGISTRATION);
        Instant close = Instant.parse("2020-11-07T23:00:00Z");
        assertTrue(d.isOpenAt(close.minusSeconds(1)));
        assertEquals(Duration.ofSeconds(1), d.remainingAt(close.minusSeconds(1)));
        assertFalse(d.isOpenAt(close));
        assertFalse(d.isOpenAt(close.plusSeconds(1)));
        assertEquals(Duration.ZERO, d.remainingAt(close.plusSeconds(1)));
    }

    @Test
    void closingInstantAcrossDstChanges() {
        // Spring forward: Sat 2021-03-27 ends at 00:00 CET (+01:00); the next night is 23 hours long.
        Deadline spring = DeadlineRules.schedule(LocalDate.parse("2021-04-09"), NONE, DeadlineRules.GENEVA, List.of())
                .stream().filter(x -> x.kind() == DeadlineKind.CONTRIBUTION).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2021-03-27"), spring.date());
        assertEquals(Instant.parse("2021-03-27T23:00:00Z"), spring.closesAt().toInstant());
        // The day of the change itself (28 March) ends at 00:00 CEST (+02:00).
        Deadline onChange = DeadlineRules.schedule(LocalDate.parse("2021-04-10"), NONE, DeadlineRules.GENEVA, List.of())
                .stream().filter(x -> x.kind() == DeadlineKind.CONTRIBUTION).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2021-03-28"), onChange.date());
        assertEquals(Instant.parse("2021-03-28T22:00:00Z"), onChange.closesAt().toInstant());
        // Fall back: 31 October 2021 lasts 25 hours; it ends at 00:00 CET on 1 November.
        Deadline fall = DeadlineRules.schedule(LocalDate.parse("2021-11-13"), NONE, DeadlineRules.GENEVA, List.of())
                .stream().filter(x -> x.kind() == DeadlineKind.CONTRIBUTION).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2021-10-31"), fall.date());
        assertEquals(Instant.parse("2021-10-31T23:00:00Z"), fall.closesAt().toInstant());
        assertEquals(Duration.ofHours(25), fall.remainingAt(Instant.parse("2021-10-30T22:00:00Z")));
    }

    @Test
    void aConfiguredZoneMovesTheClosingInstant() {
        Deadline tokyo = DeadlineRules.schedule(LocalDate.parse("2020-12-07"), NONE, ZoneId.of("Asia/Tokyo"), List.of())
                .get(1);
        assertEquals(Instant.parse("2020-11-07T15:00:00Z"), tokyo.closesAt().toInstant());
    }

    @Test
    void aStatedDateWinsAndIsKeptAsOverrideBesideTheRule() {
        List<Deadline> d = DeadlineRules.schedule(LocalDate.parse("2020-12-07"), NONE, DeadlineRules.GENEVA,
                List.of(new StatedDeadline(DeadlineKind.REGISTRATION, LocalDate.parse("2020-11-02")),
                        new StatedDeadline(DeadlineKind.CONTRIBUTION, LocalDate.parse("2020-11-24"))));
        Map<DeadlineKind, Deadline> k = byKind(d);
        Deadline reg = k.get(DeadlineKind.REGISTRATION);
        assertEquals(LocalDate.parse("2020-11-02"), reg.date());
        assertTrue(reg.override());
        assertTrue(reg.stated());
        assertEquals(LocalDate.parse("2020-11-07"), reg.ruleDate());
        assertEquals("start minus 1 calendar month", reg.rule());
        Deadline contribution = k.get(DeadlineKind.CONTRIBUTION);
        assertTrue(contribution.stated());
        assertFalse(contribution.override(), "a stated date equal to the rule is not an override");
        assertFalse(k.get(DeadlineKind.TRANSLATION).stated());
    }

    @Test
    void aStatedKindTheRulesDoNotGiveIsKeptAsOverride() {
        Deadline fellowship = byKind(DeadlineRules.schedule(LocalDate.parse("2020-12-07"), NONE, DeadlineRules.GENEVA,
                List.of(new StatedDeadline(DeadlineKind.FELLOWSHIP, LocalDate.parse("2020-10-01")))))
                .get(DeadlineKind.FELLOWSHIP);
        assertTrue(fellowship.override());
        assertNull(fellowship.rule());
        assertNull(fellowship.ruleDate());
    }
}
