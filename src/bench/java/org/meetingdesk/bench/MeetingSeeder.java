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
 * <p>For sweep benchmarks: {@link #seed} writes background meetings that are due on none of the
 * benchmark's days, {@link #seedDue} the few that are due on a given day.
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

    /** Publishes one meeting; returns its id. */
    String publish(MeetingInput input) {
        return meetings.publish(input).id();
    }

    /**
     * Publishes background meetings {@code from} (inclusive) to {@code to} (exclusive) of a numbered
     * series on {@code threads} writers: distinct (group, week) pairs from 2040 on, so none of their
     * windows closes near the days the sweep benchmarks use (2030–2033). Idempotent per index.
     */
    void seed(int from, int to, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = from; i < to; i++) {
                int index = i;
                done.add(pool.submit(() -> meetings.publish(input("SG" + (index % 99 + 1), BACKGROUND.plusWeeks(index / 99),
                        "benchmark " + index))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Publishes {@code count} meetings whose member-contribution window (start minus 13 days) closes on
     * {@code dueDay}, one per study group; returns their ids.
     */
    List<String> seedDue(int count, LocalDate dueDay) {
        List<String> ids = new java.util.ArrayList<>();
        for (int k = 0; k < count; k++) {
            ids.add(meetings.publish(input("SG" + (k + 1), dueDay.plusDays(13), "due " + dueDay)).id());
        }
        return ids;
    }

    private static final LocalDate BACKGROUND = LocalDate.of(2040, 1, 2);

    static MeetingInput input(String group, LocalDate start, String label) {
        return input(group, start, label, null);
    }

    static MeetingInput input(String group, LocalDate start, String label, Integer capacity) {
        return new MeetingInput(null, group, "Study Group " + group.substring(2) + " meeting (" + label + ")", start,
                start.plusDays(4), LocalTime.of(9, 30), LocalTime.of(17, 30), MeetingMode.HYBRID, "Geneva",
                List.of("en"), false, false, false, "Chair of " + group, null, "Benchmark meeting, " + label,
                new MeetingInput.LetterInput("TSB Collective letter (" + label + ")", start.minusMonths(4)),
                List.of(), capacity, false, null);
    }
}
