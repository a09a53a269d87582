package org.meetingdesk.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.meetingdesk.deadline.EffectPlan;
import org.meetingdesk.deadline.ScheduledEffect;
import org.meetingdesk.deadline.StatedDeadline;
import org.meetingdesk.meeting.MeetingInput.DeadlineInput;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.problem.FieldError;

/** Publishing and reading meetings. */
@ApplicationScoped
public class MeetingService {

    private final MeetingRepository repository;
    private final Clock clock;
    private final EffectPlan.Policy reminders;

    public MeetingService(MeetingRepository repository, Clock clock,
            @ConfigProperty(name = "meetingdesk.reminders.contribution", defaultValue = "P7D,P1D") List<Duration> contribution,
            @ConfigProperty(name = "meetingdesk.reminders.focal-points", defaultValue = "P7D,P3D,P1D") List<Duration> focalPoints) {
        this.repository = repository;
        this.clock = clock;
        this.reminders = new EffectPlan.Policy(contribution, focalPoints);
    }

    /** Creates or replaces a meeting; the deadline index moves with its dates in the same write. */
    public MeetingView publish(MeetingInput in) {
        List<FieldError> errors = crossFieldErrors(in);
        if (!errors.isEmpty()) {
            throw DeskException.invalid(errors);
        }
        String id = in.id() != null ? in.id() : Meeting.idOf(in.group(), in.start());
        Optional<Meeting> previous = repository.find(id);
        if (in.id() != null && previous.isEmpty()) {
            throw DeskException.notFound("meeting", id);
        }
        long expected = previous.map(Meeting::revision).orElse(0L);
        Instant now = clock.instant();
        Meeting meeting = toMeeting(in).withPublication(id, now, expected + 1);
        // Effects move with the dates; unchanged ones are left alone so a re-publish never re-sends.
        List<ScheduledEffect> wanted = EffectPlan.toArm(meeting.deadlines(), meeting.opensAt(), reminders, now);
        List<ScheduledEffect> before = previous
                .map(p -> EffectPlan.all(p.deadlines(), p.opensAt(), reminders)).orElse(List.of());
        Set<ScheduledEffect> unchanged = new HashSet<>(before);
        List<ScheduledEffect> arm = wanted.stream().filter(e -> !unchanged.contains(e)).toList();
        Set<String> wantedIds = wanted.stream().map(ScheduledEffect::id).collect(Collectors.toSet());
        List<String> disarm = before.stream().map(ScheduledEffect::id).filter(x -> !wantedIds.contains(x)).distinct().toList();
        repository.save(meeting, arm, disarm, expected);
        return MeetingView.of(meeting, now, null);
    }

    public Meeting require(String id) {
        return repository.find(id).orElseThrow(() -> DeskException.notFound("meeting", id));
    }

    public MeetingView view(String id) {
        return MeetingView.of(require(id), clock.instant(), null);
    }

    public MeetingPage list(String group, LocalDate from, LocalDate to, Integer limit, String cursor, boolean ascending) {
        if (from != null && to != null && to.isBefore(from)) {
            throw DeskException.invalid("to", "must not be before from");
        }
        int size = limit == null ? 20 : limit;
        MeetingRepository.Page page = repository.list(group, from, to, size, cursor, ascending);
        Instant now = clock.instant();
        return new MeetingPage(page.items().stream().map(m -> MeetingView.of(m, now, null)).toList(), page.next());
    }

    public record MeetingPage(List<MeetingView> items, String next) {
    }

    private static List<FieldError> crossFieldErrors(MeetingInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.end().isBefore(in.start())) {
            errors.add(new FieldError("end", "must not be before start"));
        }
        if (in.end().isAfter(in.start().plusDays(31))) {
            errors.add(new FieldError("end", "a meeting lasts at most 31 days"));
        }
        if (in.openingTime() != null && in.closingTime() != null && in.start().equals(in.end())
                && !in.closingTime().isAfter(in.openingTime())) {
            errors.add(new FieldError("closingTime", "must be after openingTime on a one-day meeting"));
        }
        if (in.id() != null && !in.id().startsWith(in.group().replace('/', '-') + "-")) {
            errors.add(new FieldError("id", "belongs to another group than " + in.group()));
        }
        if (in.zone() != null) {
            try {
                ZoneId.of(in.zone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("zone", "is not a time-zone id such as Europe/Zurich"));
            }
        }
        List<DeadlineInput> stated = in.deadlines() == null ? List.of() : in.deadlines();
        for (int i = 0; i < stated.size(); i++) {
            DeadlineInput d = stated.get(i);
            if (!d.date().isBefore(in.start())) {
                errors.add(new FieldError("deadlines[" + i + "].date", "must be before the meeting starts"));
            }
            for (int j = 0; j < i; j++) {
                if (stated.get(j).kind() == d.kind()) {
                    errors.add(new FieldError("deadlines[" + i + "].kind", d.kind() + " is stated twice"));
                }
            }
        }
        return errors;
    }

    private static Meeting toMeeting(MeetingInput in) {
        List<StatedDeadline> stated = in.deadlines() == null ? List.of()
                : in.deadlines().stream().map(d -> new StatedDeadline(d.kind(), d.date())).toList();
        Contact contact = in.contact() == null ? null
                : new Contact(in.contact().tel(), in.contact().fax(), in.contact().email(), in.contact().web());
        LetterRef letter = in.letter() == null ? null : new LetterRef(in.letter().reference(), in.letter().date());
        return new Meeting(null, in.group(), in.title(), in.start(), in.end(), in.openingTime(), in.closingTime(),
                in.mode(), in.place(), List.copyOf(in.languages()), in.interpretation(), in.fellowships(),
                in.visaSupport(), in.chair(), contact, in.purpose(), letter, stated, in.capacity(),
                in.lateRegistration(), in.zone(), null, 0);
    }
}
