package org.meetingdesk.sample;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import org.meetingdesk.deadline.DeadlineRules;
import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingRepository;
import org.meetingdesk.meeting.MeetingService;

/**
 * Loads the sample meetings (dev and tests; off in AWS): the two seed letters as
 * {@code publishMeeting} bodies under {@code samples/}, and an upcoming meeting whose dates are set
 * relative to today so its windows are open whenever someone runs the system.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);
    static final List<String> SEEDS = List.of("SG13-2020-12-07", "SG2-2020-09-07");

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final ObjectMapper json;
    private final Clock clock;

    public SampleData(MeetingService meetings, MeetingRepository repository, ObjectMapper json, Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(30) StartupEvent event,
            @ConfigProperty(name = "meetingdesk.samples", defaultValue = "false") boolean load) throws IOException {
        if (!load) {
            return;
        }
        for (String seed : SEEDS) {
            publishIfAbsent(read(seed));
        }
        MeetingInput template = read("upcoming");
        LocalDate start = upcomingStart(clock);
        publishIfAbsent(new MeetingInput(null, template.group(), template.title(), start, start.plusDays(4),
                template.openingTime(), template.closingTime(), template.mode(), template.place(), template.languages(),
                template.interpretation(), template.fellowships(), template.visaSupport(), template.chair(),
                template.contact(), template.purpose(),
                new MeetingInput.LetterInput(template.letter().reference(), LocalDate.now(clock.withZone(DeadlineRules.GENEVA))),
                template.deadlines(), template.capacity(), template.lateRegistration(), template.zone()));
    }

    /** The upcoming sample opens on the first Monday at least ten weeks from today (Geneva). */
    public static LocalDate upcomingStart(Clock clock) {
        return LocalDate.now(clock.withZone(DeadlineRules.GENEVA)).plusWeeks(10)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    public static String upcomingId(Clock clock) {
        return Meeting.idOf("SG17", upcomingStart(clock));
    }

    private void publishIfAbsent(MeetingInput input) {
        String id = Meeting.idOf(input.group(), input.start());
        if (repository.find(id).isEmpty()) {
            meetings.publish(input);
            LOG.infof("sample meeting %s loaded", id);
        }
    }

    private MeetingInput read(String name) throws IOException {
        try (InputStream in = SampleData.class.getResourceAsStream("/samples/" + name + ".json")) {
            return json.readValue(in, MeetingInput.class);
        }
    }
}
