package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingMode;

/** Letters written for these tests in the formats ITU uses (src/test/resources/letters/). */
class OwnLettersTest {

    private static List<String> fields(LetterDraft d) {
        return d.warnings().stream().map(LetterWarning::field).toList();
    }

    private static List<String> deadlines(LetterDraft d) {
        return SeedLettersTest.deadlines(d);
    }

    /** On-site in Geneva (glued "Geneva,9-18 April"), six languages, fellowships, visas, several kinds per date. */
    @Test
    void sg17OnSiteInGenevaWithEveryOffer() {
        LetterDraft d = Letters.parse("sg17-2024-04-09.en.txt");
        MeetingInput m = d.meeting();
        assertEquals("en", d.language());
        assertEquals("SG17", m.group());
        assertEquals("ITU-T Study Group 17 meeting", m.title());
        assertEquals(LocalDate.of(2024, 4, 9), m.start());
        assertEquals(LocalDate.of(2024, 4, 18), m.end());
        assertEquals(LocalTime.of(9, 30), m.openingTime());
        assertEquals(LocalTime.of(17, 30), m.closingTime());
        assertEquals(MeetingMode.ON_SITE, m.mode());
        assertEquals("Geneva", m.place());
        assertEquals(List.of("en", "zh", "fr", "es", "ru", "ar"), m.languages());
        assertTrue(m.interpretation());
        assertTrue(m.fellowships());
        assertTrue(m.visaSupport());
        assertEquals("Ms Amina Diallo (Senegal)", m.chair());
        assertEquals(new MeetingInput.ContactInput("+41 22 730 5866", "+41 22 730 5853", "tsbsg17@itu.int", "www.itu.int/go/tsg17"), m.contact());
        assertEquals(new MeetingInput.LetterInput("TSB Collective letter 6/17", LocalDate.of(2023, 12, 15)), m.letter());
        assertTrue(m.purpose().startsWith("The main objective of the meeting is to progress the work on the security of 5G networks"));
        // The workshop (8 April), the previous meeting and TSB Circular 155's date are not deadlines.
        assertEquals(List.of("2024-02-09 TRANSLATION", "2024-02-27 FELLOWSHIP", "2024-02-27 INTERPRETATION", "2024-03-09 REGISTRATION",
                "2024-03-09 VISA", "2024-03-27 CONTRIBUTION", "2024-02-27 OTHER"), deadlines(d));
        assertEquals("Submit requests for captioning", d.deadlines().get(6).text());
        assertEquals(6, m.deadlines().size(), "OTHER stays in the draft, not in the meeting");
        assertEquals(List.of("1 Opening of the meeting", "2 Approval of the agenda, allocation of documents and the time plan", "3 Reports",
                "  3.1 Report of the previous meeting", "  3.2 Reports of the rapporteur meetings held since the last meeting",
                "4 Liaison statements received", "5 Draft Recommendations for consent", "  5 a) X.1095 (ex X.5Gsec-t)",
                "  5 b) X.1150 (ex X.dlt-sec)", "6 Work programme and future meetings", "7 Any other business", "8 Closure of the meeting"),
                AgendaStepTest.flat(d.agenda()));
        assertEquals(List.of(), d.warnings());
    }

    /** Away from Geneva, hybrid, a bar-separated table, registration and visa moved earlier (overrides). */
    @Test
    void sg5HybridInCairoWithOverrides() {
        LetterDraft d = Letters.parse("sg5-2023-05-22.en.txt");
        MeetingInput m = d.meeting();
        assertEquals("SG5", m.group());
        assertEquals("ITU-T Study Group 5 hybrid meeting", m.title());
        assertEquals(MeetingMode.HYBRID, m.mode());
        assertEquals("Cairo, Egypt", m.place());
        assertEquals(LocalDate.of(2023, 5, 22), m.start());
        assertEquals(LocalDate.of(2023, 5, 26), m.end());
        assertEquals(LocalTime.of(9, 0), m.openingTime());
        assertNull(m.closingTime());
        assertEquals(List.of("en"), m.languages());
        assertFalse(m.interpretation());
        assertTrue(m.fellowships());
        assertTrue(m.visaSupport());
        assertEquals("Ms Maria Fernanda Oliveira (Brazil)", m.chair());
        assertEquals("https://www.itu.int/go/tsg5", m.contact().web());
        assertEquals(List.of("2023-03-22 TRANSLATION", "2023-04-10 FELLOWSHIP", "2023-04-14 REGISTRATION override", "2023-04-14 VISA override",
                "2023-05-09 CONTRIBUTION"), deadlines(d));
        DraftDeadline registration = d.deadlines().get(2);
        assertEquals(LocalDate.of(2023, 4, 22), registration.ruleDate());
        assertEquals("start minus 1 calendar month", registration.rule());
        assertEquals(5, d.agenda().size());
        assertEquals(List.of("closingTime"), fields(d));
    }

    /** A working party's virtual meeting; key-deadline dates printed without a year. */
    @Test
    void workingParty() {
        LetterDraft d = Letters.parse("wp1-5-2018-05-21.en.txt");
        MeetingInput m = d.meeting();
        assertEquals("WP1/5", m.group());
        assertEquals("ITU-T Working Party 1/5 virtual meeting", m.title());
        assertEquals(LocalDate.of(2018, 5, 21), m.start());
        assertEquals(LocalDate.of(2018, 5, 22), m.end());
        assertEquals(LocalTime.of(12, 0), m.openingTime());
        assertEquals(LocalTime.of(15, 0), m.closingTime());
        assertEquals(MeetingMode.VIRTUAL, m.mode());
        assertEquals("Mr Ahmed Zeddam (France)", m.chair());
        assertNull(m.contact().fax());
        assertEquals(List.of("2018-03-21 TRANSLATION", "2018-04-21 REGISTRATION", "2018-05-08 CONTRIBUTION"), deadlines(d));
        assertEquals(List.of("place", "deadlines", "deadlines", "deadlines"), fields(d));
        assertTrue(d.warnings().get(1).message().contains("no year printed"));
    }

    /** TSAG, no key-deadlines table: every deadline from the rules, with a warning; a lettered list that lost its letters. */
    @Test
    void tsagWithoutADeadlineTable() {
        LetterDraft d = Letters.parse("tsag-2018-02-26.en.txt");
        MeetingInput m = d.meeting();
        assertEquals("TSAG", m.group());
        assertEquals("Telecommunication Standardization Advisory Group (TSAG) meeting", m.title());
        assertEquals(LocalDate.of(2018, 2, 26), m.start());
        assertEquals(LocalDate.of(2018, 3, 2), m.end());
        assertEquals("Geneva", m.place());
        assertEquals(MeetingMode.ON_SITE, m.mode());
        assertEquals("Mr Bruce Gracie (Canada)", m.chair());
        assertEquals(new MeetingInput.LetterInput("TSB Collective letter 5/TSAG", LocalDate.of(2017, 11, 20)), m.letter());
        assertTrue(m.deadlines().isEmpty());
        assertEquals(List.of("2017-12-26 TRANSLATION rule", "2018-01-15 FELLOWSHIP rule", "2018-01-15 INTERPRETATION rule",
                "2018-01-26 REGISTRATION rule", "2018-01-26 VISA rule", "2018-02-13 CONTRIBUTION rule"), deadlines(d));
        assertTrue(fields(d).contains("deadlines"));
        assertEquals(List.of("1 Opening of the meeting", "2 Approval of the agenda", "3 Reports of study groups", "  3 a) Report of SG2",
                "  3 b) Report of SG3", "  3 c) Report of SG5", "4 Working methods", "5 Closure"), AgendaStepTest.flat(d.agenda()));
        assertEquals(List.of("closingTime", "deadlines", "agenda"), fields(d));
    }

    /** Russian: read through vocab-ru.properties alone. */
    @Test
    void russian() {
        LetterDraft d = Letters.parse("sg11-2021-10-11.ru.txt");
        MeetingInput m = d.meeting();
        assertEquals("ru", d.language());
        assertEquals("SG11", m.group());
        assertEquals(LocalDate.of(2021, 10, 11), m.start());
        assertEquals(LocalDate.of(2021, 10, 20), m.end());
        assertEquals(LocalTime.of(12, 0), m.openingTime());
        assertEquals(LocalTime.of(16, 0), m.closingTime());
        assertEquals(MeetingMode.VIRTUAL, m.mode());
        assertEquals(List.of("en"), m.languages());
        assertFalse(m.interpretation());
        assertFalse(m.fellowships());
        assertFalse(m.visaSupport());
        assertEquals("Mr Андрей Кучерявый (Russian Federation)", m.chair());
        assertEquals(new MeetingInput.ContactInput("+41 22 730 6206", "+41 22 730 5853", "tsbsg11@itu.int", "www.itu.int/go/tsg11"), m.contact());
        assertEquals(new MeetingInput.LetterInput("TSB Collective letter 9/11", LocalDate.of(2021, 7, 12)), m.letter());
        assertTrue(m.purpose().startsWith("Основная задача собрания"));
        assertEquals(List.of("2021-08-11 TRANSLATION", "2021-09-11 REGISTRATION", "2021-09-28 CONTRIBUTION"), deadlines(d));
        assertEquals(List.of("1 Открытие собрания", "2 Утверждение повестки дня", "3 Отчеты рабочих групп", "  3.1 Рабочая группа 1/11",
                "  3.2 Рабочая группа 2/11", "4 Заявления о взаимодействии", "5 Закрытие собрания"), AgendaStepTest.flat(d.agenda()));
        assertEquals(List.of("place"), fields(d));
    }

    /** A contribution deadline moved before the year-end closure, an earlier meeting in an aside, explicit "3.1 a)" numbers. */
    @Test
    void sg12VirtualWithAMovedDeadline() {
        LetterDraft d = Letters.parse("sg12-2021-01-12.en.txt");
        MeetingInput m = d.meeting();
        assertEquals("SG12", m.group());
        assertEquals(LocalDate.of(2021, 1, 12), m.start());
        assertEquals(LocalDate.of(2021, 1, 21), m.end());
        assertEquals(LocalTime.of(12, 0), m.openingTime());
        assertEquals(LocalTime.of(15, 0), m.closingTime());
        assertEquals("Mr Kwame Baah-Acheamfuor (Ghana)", m.chair());
        assertEquals(List.of("2020-11-12 TRANSLATION", "2020-12-12 REGISTRATION", "2020-12-23 CONTRIBUTION override", "2020-12-23 OTHER"),
                deadlines(d));
        assertEquals(LocalDate.of(2020, 12, 30), d.deadlines().get(2).ruleDate());
        assertEquals("Requests for live captioning", d.deadlines().get(3).text());
        assertEquals(List.of("1 Opening of the meeting", "2 Approval of the agenda", "3 Reports of Working Parties", "  3.1 Working Party 1/12",
                "    3.1 a) Question 1/12 results", "    3.1 b) Question 2/12 results", "  3.2 Working Party 2/12",
                "4 Consent of draft Recommendations", "5 Closure"), AgendaStepTest.flat(d.agenda()));
        assertEquals(List.of("place"), fields(d));
    }
}
