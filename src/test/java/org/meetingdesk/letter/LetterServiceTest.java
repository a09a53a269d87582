package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.support.DynamoDbLocalResource;

/**
 * The publish path with an agenda publisher. The publisher is handed to a service built here, not
 * registered as a bean: the app is shared by every test class, and the agenda feature brings the real one.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class LetterServiceTest {

    @Inject
    MeetingService meetings;
    @Inject
    Validator validator;

    record Call(String meeting, String source, LocalDate date, List<DraftAgendaItem> items) {
    }

    @Test
    void publishesTheMeetingThenAgendaVersion1FromAnnexB() {
        List<Call> calls = new ArrayList<>();
        LetterService service = new LetterService(meetings, new One<>((m, s, d, i) -> calls.add(new Call(m, s, d, i))), validator);
        LetterImport answer = service.importLetter(Letters.read("sg12-2021-01-12.en.txt"), null, true);
        assertTrue(answer.agendaPublished());
        assertEquals("SG12-2021-01-12", answer.published().id());
        assertEquals(1, calls.size());
        Call call = calls.get(0);
        assertEquals("SG12-2021-01-12", call.meeting());
        assertEquals("TSB Collective letter 8/12, Annex B", call.source());
        assertEquals(LocalDate.of(2020, 9, 30), call.date());
        assertEquals(answer.agenda(), call.items());

        // Again: the meeting is replaced (and said so); an agenda the feature refuses is a warning, not a lost meeting.
        LetterService refusing = new LetterService(meetings, new One<>((m, s, d, i) -> {
            throw DeskException.conflict("agenda-exists", "meeting " + m + " already has an agenda");
        }), validator);
        LetterImport again = refusing.importLetter(Letters.read("sg12-2021-01-12.en.txt"), null, true);
        assertFalse(again.agendaPublished());
        assertEquals(2, again.published().revision());
        List<String> messages = again.warnings().stream().map(LetterWarning::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("replaced the meeting")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("already has an agenda")), messages.toString());
    }

    @Test
    void aDraftIsNotPublished() {
        List<Call> calls = new ArrayList<>();
        LetterService service = new LetterService(meetings, new One<>((m, s, d, i) -> calls.add(new Call(m, s, d, i))), validator);
        LetterImport answer = service.importLetter(Letters.read("tsag-2018-02-26.en.txt"), "en", false);
        assertEquals(null, answer.published());
        assertTrue(calls.isEmpty());
    }

    /** An {@link Instance} holding exactly one object. */
    static final class One<T> implements Instance<T> {
        private final T value;

        One(T value) {
            this.value = value;
        }

        @Override
        public T get() {
            return value;
        }

        @Override
        public Iterator<T> iterator() {
            return List.of(value).iterator();
        }

        @Override
        public boolean isUnsatisfied() {
            return false;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public Instance<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void destroy(T instance) {
        }

        @Override
        public Handle<T> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<T>> handles() {
            throw new UnsupportedOperationException();
        }
    }
}
