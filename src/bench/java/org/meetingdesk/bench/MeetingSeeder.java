package org.meetingdesk.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingMode;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.store.DynamoMeetingRepository;
import org.meetingdesk.store.DynamoTable;
import org.meetingdesk.store.Json;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Writes meetings into a table through the app's own publish path — {@link MeetingService} over
 * {@link DynamoMeetingRepository} — so every meeting item and its deadline-index items have exactly
 * the shape the app writes (keys from {@code store.Keys}, the JSON document, one transaction each).
 * Only the CDI wiring is replaced by constructors, and the ObjectMapper by one configured like
 * Quarkus's (Java time as ISO text).
 *
 * <p>For sweep benchmarks: {@link #seed} writes {@code n} meetings of which exactly {@code due} have
 * a window (the member-contribution deadline, start minus 13 days) closing on {@code dueDay}; every
 * other meeting starts more than a year later, so none of its windows closes anywhere near that day.
 */
final class MeetingSeeder {

    private final MeetingService meetings;

    MeetingSeeder(DynamoDbClient db, String table) {
        Json json = new Json(JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS).build());
        this.meetings = new MeetingService(new DynamoMeetingRepository(new DynamoTable(db, table), json),
                Clock.systemUTC(), List.of(Duration.ofDays(7), Duration.ofDays(1)),
                List.of(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1)));
    }

    /** A client for DynamoDB Local on {@code port}, with the app's HTTP client (URL connection). */
    static DynamoDbClient client(int port) {
        return DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.EU_CENTRAL_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.builder().build()).build();
    }

    /**
     * Publishes meetings {@code from} (inclusive) to {@code to} (exclusive) of a numbered series, on
     * {@code threads} writers. Meeting {@code i < due} starts on {@code dueDay + 13}; the others start
     * on distinct (group, week) pairs from {@code dueDay + 400 days} on. Idempotent per index.
     */
    void seed(int from, int to, int due, LocalDate dueDay, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = from; i < to; i++) {
                int index = i;
                done.add(pool.submit(() -> meetings.publish(input(index, due, dueDay))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static MeetingInput input(int i, int due, LocalDate dueDay) {
        // 99 study groups per start date, so ids (group + start) never collide.
        String group = "SG" + (i % 99 + 1);
        LocalDate start = i < due ? dueDay.plusDays(13) : dueDay.plusDays(400).plusWeeks(i / 99);
        return new MeetingInput(null, group, "Study Group " + (i % 99 + 1) + " meeting (benchmark " + i + ")", start,
                start.plusDays(4), LocalTime.of(9, 30), LocalTime.of(17, 30), MeetingMode.HYBRID, "Geneva",
                List.of("en"), false, false, false, "Chair " + i, null, "Benchmark meeting " + i,
                new MeetingInput.LetterInput("TSB Collective letter " + i + "/" + (i % 99 + 1), dueDay.minusMonths(4)),
                List.of(), null, false, null);
    }
}
