package org.meetingdesk.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import org.meetingdesk.store.Keys;
import org.meetingdesk.store.LocalDynamoDb;
import org.meetingdesk.store.LocalS3;
import org.meetingdesk.store.TableSetup;
import org.meetingdesk.support.PromptGreenMail;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The benchmark suite ({@code ./mvnw -B -Pbench verify}). Every figure is a ratio against a baseline
 * measured in the same run on the same machine, the median of several rounds, printed with its
 * target and written to {@code target/bench/results.md}. It never fails a build on a missed target:
 * timing belongs in a report, not in a test.
 *
 * <p>Settings (system properties): {@code bench.rounds} (5), {@code bench.warmCalls} (10000),
 * {@code bench.latencyCalls} per function and round (1000), {@code bench.sweepSizes} (100,1000,10000;
 * empty to skip), {@code bench.registerClients} (1,8,32; empty to skip), {@code bench.registerSeconds}
 * per round (5), {@code bench.root} (project directory).
 */
public final class Bench {

    private static final String TABLE = "meetingdesk-bench";
    private static final String SEED_MEETING = "SG13-2020-12-07";

    private final Path root;
    private final Path logs;
    private final int rounds = Integer.getInteger("bench.rounds", 5);
    private final int warmCalls = Integer.getInteger("bench.warmCalls", 10_000);
    private final int latencyCalls = Integer.getInteger("bench.latencyCalls", 1_000);
    private final String sweepSizes = System.getProperty("bench.sweepSizes", "100,1000,10000");
    private final String registerClients = System.getProperty("bench.registerClients", "1,8,32");
    private final int registerSeconds = Integer.getInteger("bench.registerSeconds", 5);
    /** Sections to run (start, latency, register, sweep), for working on one; all when unset. */
    private final String only = System.getProperty("bench.only", "").trim();
    private final Report report;
    private int dbPort;
    private int s3Port;
    private GreenMail smtp;
    private Tokens tokens;
    private DynamoDbClient db;
    private int logCount;

    private Bench(Path root) throws IOException {
        this.root = root;
        this.logs = root.resolve("target/bench/logs");
        // One run's logs only: earlier runs' instance logs would be mistaken for this one's.
        if (Files.isDirectory(logs)) {
            try (var old = Files.list(logs)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(logs);
        this.report = new Report(machine());
    }

    public static void main(String[] args) throws Exception {
        // The raw baseline runs up to 32 writer threads on one URL-connection client: keep that many
        // connections alive (the JDK keeps 5), as every app instance keeps its own.
        System.setProperty("http.maxConnections", "64");
        // The JDK's HttpServer (the Runtime API emulator) otherwise leaves Nagle's algorithm on, and its
        // small header/body writes meet the client's delayed ACK: ~40 ms stalls that belong to neither app.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Bench bench = new Bench(Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize());
        bench.run();
        // DynamoDB Local leaves non-daemon threads behind.
        System.exit(0);
    }

    private void run() throws Exception {
        dbPort = LocalDynamoDb.freePort();
        DynamoDBProxyServer server = LocalDynamoDb.start(dbPort);
        s3Port = LocalDynamoDb.freePort();
        // The sample contributions the seeding start loads are files: they go to S3Mock in the harness.
        var s3 = LocalS3.start(s3Port);
        db = MeetingSeeder.client(dbPort);
        // Registrations and the sweep send mail: a real SMTP server, as in the tests.
        smtp = new PromptGreenMail("127.0.0.1", LocalDynamoDb.freePort());
        smtp.start();
        tokens = new Tokens(root.resolve("target/bench"));
        try {
            seed();
            if (runs("start")) {
                startupAndMemory();
            }
            if (runs("latency")) {
                retrying("latency", this::latency);
            }
            if (runs("register") && !registerClients.isBlank()) {
                retrying("register", this::registerThroughput);
            }
            if (runs("sweep") && !sweepSizes.isBlank()) {
                retrying("sweep", this::sweep);
            }
        } finally {
            db.close();
            server.stop();
            s3.stop();
            smtp.stop();
        }
        report.note("Start: process start → first answered invocation through the Lambda Runtime API emulator "
                + "(this app: GET /meetings?group=SG13; bare app: GET /hello). Memory: VmRSS after " + warmCalls
                + " warm invocations. Median of " + rounds + " cold starts each, apps alternating.");
        report.note("Child JVMs: " + String.join(" ", LambdaFunction.JVM_FLAGS)
                + " (Lambda java runtime defaults approximated; same for both apps); this app reads DynamoDB Local in the harness JVM.");
        report.note("Warm latency: event queued while the function waits in /next → answer posted, interleaved with "
                + "the baseline GetItem (consistent read, same item, same URL-connection HTTP client) so machine load hits both alike.");
        report.note("Requests the app never answered (instance replaced, that attempt discarded): "
                + (LambdaFunction.HUNG.isEmpty() ? "none" : String.join(", ", LambdaFunction.HUNG)) + ".");
        report.write(root.resolve("target/bench/results.md"), loadAverage());
    }

    private boolean runs(String section) {
        return only.isEmpty() || List.of(only.split(",")).contains(section);
    }

    // ---- data --------------------------------------------------------------------------------

    /**
     * Seeds the benchmark table through the app itself: one untimed start with table creation and the
     * sample loaders on (the seed letters' meetings and agendas, written by the app's own services).
     * Every measured start afterwards runs with both off, as in AWS.
     */
    private void seed() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(deskEnv());
        env.put("MEETINGDESK_TABLE_CREATE", "true");
        env.put("MEETINGDESK_SAMPLES", "true");
        env.put("MEETINGDESK_DOCUMENTS_BUCKET_CREATE", "true");
        try (LambdaFunction f = LambdaFunction.start("meetingdesk", root, env, deskFirstEvent(), log("seed"))) {
            for (String event : deskEvents()) {
                f.call(event);
            }
        }
    }

    private Map<String, String> deskEnv() {
        return deskEnv(TABLE, dbPort);
    }

    /** The environment the stack gives the function, with AWS's endpoints replaced by the harness's. */
    private Map<String, String> deskEnv(String table, int dynamoPort) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("MEETINGDESK_TABLE", table,
                "QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE", "http://127.0.0.1:" + dynamoPort,
                "QUARKUS_S3_ENDPOINT_OVERRIDE", "http://127.0.0.1:" + s3Port,
                "QUARKUS_S3_PATH_STYLE_ACCESS", "true",
                // A prod start refuses to run without the join-token secret (as the stack sets it).
                "REMOTE_ACCESS_SECRET", "bench-remote-access-secret-of-at-least-32-bytes",
                "MEETINGDESK_SCHEDULER_ROLE_ARN", SCHEDULER_ARN,
                "MAIL_HOST", "127.0.0.1", "MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "MAIL_START_TLS", "DISABLED", "MAIL_LOGIN", "NONE"));
        env.putAll(tokens.appEnv());
        return env;
    }

    private static final String SCHEDULER_ARN = "arn:aws:iam::123456789012:role/meeting-desk-bench-scheduler";

    private static String deskFirstEvent() {
        return ApiGatewayEvents.get("/meetings", "group=SG13");
    }

    /** The public reads a visitor's page makes, in turn. */
    private static List<String> deskEvents() {
        String m = URLEncoder.encode(SEED_MEETING, StandardCharsets.UTF_8);
        return List.of(ApiGatewayEvents.get("/meeting", "id=" + m), ApiGatewayEvents.get("/deadlines", "meeting=" + m),
                ApiGatewayEvents.get("/agenda", "meeting=" + m), ApiGatewayEvents.get("/meetings", "group=SG13"));
    }

    // ---- 1a: start and memory ------------------------------------------------------------------

    private void startupAndMemory() throws Exception {
        Path bare = root.resolve("src/bench/bare-app");
        String bareEvent = ApiGatewayEvents.get("/hello", "");
        // One untimed start of the bare app too, so both jars are in the page cache.
        try (LambdaFunction f = LambdaFunction.start("bare", bare, Map.of(), bareEvent, log("bare-warmup"))) {
            f.call(bareEvent);
        }
        List<Double> deskStart = new ArrayList<>();
        List<Double> bareStart = new ArrayList<>();
        List<Double> deskRss = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        List<Double> deskBoot = new ArrayList<>(), bareBoot = new ArrayList<>();
        List<Double> bareP50 = new ArrayList<>(), bareP99 = new ArrayList<>();
        List<String> deskEvents = deskEvents();
        for (int round = 0; round < rounds; round++) {
            // Alternate which app goes first, so a burst of load from elsewhere does not favour one.
            for (int k = 0; k < 2; k++) {
                boolean desk = (round + k) % 2 == 0;
                for (int attempt = 1;; attempt++) {
                try (LambdaFunction f = desk
                        ? LambdaFunction.start("meetingdesk", root, deskEnv(), deskFirstEvent(), log("desk-" + round))
                        : LambdaFunction.start("bare", bare, Map.of(), bareEvent, log("bare-" + round))) {
                    double startMs = f.startToFirstAnswerMillis();
                    double[] tail = new double[Math.min(1000, warmCalls)];
                    for (int i = 0; i < warmCalls; i++) {
                        long t = f.call(desk ? deskEvents.get(i % deskEvents.size()) : bareEvent);
                        if (i >= warmCalls - tail.length) {
                            tail[i - (warmCalls - tail.length)] = t / 1e6;
                        }
                    }
                    (desk ? deskBoot : bareBoot).add(f.bootMillis());
                    if (!desk) {
                        bareP50.add(Stats.percentile(tail, 50));
                        bareP99.add(Stats.percentile(tail, 99));
                    }
                    (desk ? deskRss : bareRss).add(f.residentKb() / 1024.0);
                    (desk ? deskStart : bareStart).add(startMs);
                    break;
                } catch (LambdaFunction.Hung e) {
                    if (attempt == 3) {
                        throw e;
                    }
                    System.out.println("[bench] " + e.getMessage() + "; round " + (round + 1) + " again on a fresh instance");
                }
                }
            }
            System.out.printf("[bench] round %d: start desk %.0f ms / bare %.0f ms, RSS desk %.0f MB / bare %.0f MB%n",
                    round + 1, deskStart.get(round), bareStart.get(round), deskRss.get(round), bareRss.get(round));
        }
        double ds = Stats.median(deskStart);
        double bs = Stats.median(bareStart);
        report.add(new Report.Row("start → first answered call", ms(ds), ms(bs) + " (bare Funqy app)", ds / bs, 1.25,
                "runs: " + spread(deskStart) + " vs " + spread(bareStart)));
        double db = Stats.median(deskBoot), bb = Stats.median(bareBoot);
        report.add(new Report.Row("of which Quarkus boot (its own \"started in\")", ms(db), ms(bb) + " (bare Funqy app)", db / bb,
                null, "the rest is JVM start, the Lambda handler class and the first call's own work"));
        double dr = Stats.median(deskRss);
        double br = Stats.median(bareRss);
        report.add(new Report.Row("resident memory after " + warmCalls + " calls", mb(dr), mb(br) + " (bare Funqy app)",
                dr / br, 1.2, null));
        report.note("An empty call through the same path (bare app, last 1,000 of its " + warmCalls + " calls): p50 "
                + ms2(Stats.median(bareP50)) + ", p99 " + ms2(Stats.median(bareP99))
                + " — the Lambda runtime + API Gateway adapter + Funqy cost every function pays before its own work.");
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs a step again on fresh instances when the app hangs (see {@link LambdaFunction#call}). */
    private static void retrying(String name, Step step) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                step.run();
                return;
            } catch (LambdaFunction.Hung e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.println("[bench] " + e.getMessage() + "; " + name + " again on a fresh instance");
            }
        }
    }

    // ---- 1b: warm latency ----------------------------------------------------------------------

    private void latency() throws Exception {
        String m = URLEncoder.encode(SEED_MEETING, StandardCharsets.UTF_8);
        record Case(String name, String event, String pk, String sk) {
        }
        List<Case> cases = List.of(
                new Case("meeting", ApiGatewayEvents.get("/meeting", "id=" + m), Keys.meeting(SEED_MEETING), Keys.meta()),
                new Case("deadlines", ApiGatewayEvents.get("/deadlines", "meeting=" + m), Keys.meeting(SEED_MEETING), Keys.meta()),
                new Case("agenda", ApiGatewayEvents.get("/agenda", "meeting=" + m), Keys.meeting(SEED_MEETING), Keys.agendaLatest()));
        List<Report.Row> rows = new ArrayList<>();
        try (LambdaFunction f = LambdaFunction.start("meetingdesk", root, deskEnv(), deskFirstEvent(), log("latency"))) {
            // Warm both sides until the JIT and the connection pools have settled.
            for (int i = 0; i < 2_000; i++) {
                Case c = cases.get(i % cases.size());
                f.call(c.event());
                getItem(c.pk(), c.sk());
            }
            for (Case c : cases) {
                List<Double> appP50 = new ArrayList<>(), appP99 = new ArrayList<>();
                List<Double> rawP50 = new ArrayList<>(), rawP99 = new ArrayList<>(), ratios = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    double[] app = new double[latencyCalls];
                    double[] raw = new double[latencyCalls];
                    for (int i = 0; i < latencyCalls; i++) {
                        app[i] = f.call(c.event()) / 1e6;
                        raw[i] = getItem(c.pk(), c.sk()) / 1e6;
                    }
                    appP50.add(Stats.percentile(app, 50));
                    appP99.add(Stats.percentile(app, 99));
                    rawP50.add(Stats.percentile(raw, 50));
                    rawP99.add(Stats.percentile(raw, 99));
                    ratios.add(Stats.percentile(app, 99) / Stats.percentile(raw, 99));
                }
                rows.add(new Report.Row("warm p99 `" + c.name() + "` (p50)",
                        ms2(Stats.median(appP99)) + " (" + ms2(Stats.median(appP50)) + ")",
                        ms2(Stats.median(rawP99)) + " (" + ms2(Stats.median(rawP50)) + ") raw GetItem",
                        Stats.median(ratios), 1.5, "p50 ratio " + Report.fmt(Stats.median(appP50) / Stats.median(rawP50)) + "×"));
            }
        }
        rows.forEach(report::add);
    }

    private long getItem(String pk, String sk) {
        long t0 = System.nanoTime();
        var response = db.getItem(GetItemRequest.builder().tableName(TABLE).consistentRead(true)
                .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk))).build());
        long t = System.nanoTime() - t0;
        if (!response.hasItem() || response.item().isEmpty()) {
            throw new IllegalStateException("baseline item " + pk + "/" + sk + " is missing: seeding failed");
        }
        return t;
    }

    // ---- 1c: register throughput ---------------------------------------------------------------

    /**
     * Registrations per second through {@code register} (a delegate's POST with a bearer token, one
     * Lambda instance per concurrent client, as Lambda scales) against the raw AWS SDK writing the same
     * transaction on the same DynamoDB Local from as many threads. The transaction is the one the app
     * itself sent, captured on the wire by {@link DynamoTap} and replayed with fresh ids; so the ratio
     * is what the function costs on top of its unavoidable write: its reads (meeting, organization, the
     * caller's active registration), token check, JSON, and the confirmation mail (claimed, sent over
     * SMTP, marked sent).
     */
    private void registerThroughput() throws Exception {
        LocalDate start = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(120);
        String meeting = new MeetingSeeder(db, TABLE).publish(MeetingSeeder.input("SG99", start, "register benchmark", 1_000_000));
        String org = "UNIGE"; // sample organization whose focal point switched on automatic approval
        java.util.concurrent.atomic.AtomicInteger people = new java.util.concurrent.atomic.AtomicInteger();

        // 1. What one registration asks of DynamoDB, seen on the wire.
        String capturedSubject = String.format("d%07d", people.getAndIncrement());
        String capturedId;
        Map<String, Long> calls;
        CapturedTransaction tx;
        try (DynamoTap tap = new DynamoTap(dbPort);
                LambdaFunction f = LambdaFunction.start("meetingdesk", root, deskEnv(TABLE, tap.port()), deskFirstEvent(),
                        log("register-capture"))) {
            tap.reset();
            String answer = f.answer(registerEvent(meeting, capturedSubject, org));
            capturedId = ApiGatewayEvents.body(answer).path("id").asText();
            calls = tap.calls();
            // The registration's own transaction (the mail's claim and sent marks are single-item writes).
            tx = tap.transactions().stream().map(CapturedTransaction::new)
                    .max(java.util.Comparator.comparingInt(CapturedTransaction::size))
                    .orElseThrow(() -> new IllegalStateException("register wrote no transaction: " + tap.calls()));
        }
        System.out.println("[bench] register: DynamoDB calls per registration " + calls + "; transaction of " + tx.size() + " items");
        java.util.concurrent.atomic.AtomicInteger rawPeople = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntFunction<software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest> rawRequest = n -> {
            String subject = String.format("r%07d", n);
            String id = capturedId.replace(capturedSubject, subject) + "-" + n;
            return tx.request(v -> v.replace(capturedId, id).replace(capturedSubject, subject));
        };
        // The replay must write, not fail a condition: prove it once before timing it.
        db.transactWriteItems(rawRequest.apply(rawPeople.getAndIncrement()));

        // 2. Tokens signed ahead, so signing costs the harness nothing while the app is timed.
        int pool = Integer.getInteger("bench.registerTokens", 15_000);
        List<String> events = java.util.stream.IntStream.range(0, pool).parallel()
                .mapToObj(i -> registerEvent(meeting, String.format("d%07d", i + 1), org)).toList();
        people.set(1);

        List<Report.Row> rows = new ArrayList<>();
        try (LambdaFunction f = LambdaFunction.start("meetingdesk", root, deskEnv(), deskFirstEvent(), log("register"))) {
            for (String level : registerClients.split(",")) {
                int clients = Integer.parseInt(level.trim());
                f.scaleTo(clients);
                // Warm every instance and the raw writers (JIT, connections) before timing: a fresh
                // C1-only JVM was still speeding up over its first ~20 s of registrations.
                appRound(f, clients, 15, meeting, events, people);
                rawRound(clients, 3, rawRequest, rawPeople);
                List<Double> app = new ArrayList<>(), raw = new ArrayList<>(), ratios = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    double a = appRound(f, clients, registerSeconds, meeting, events, people);
                    double r = rawRound(clients, registerSeconds, rawRequest, rawPeople);
                    app.add(a);
                    raw.add(r);
                    ratios.add(a / r);
                    smtp.purgeEmailFromAllMailboxes();
                }
                System.out.printf("[bench] register, %d clients: app %s/s vs raw %s/s%n", clients, spread(app), spread(raw));
                rows.add(new Report.Row("registrations per second, " + clients + " concurrent client" + (clients == 1 ? "" : "s"),
                        String.format(java.util.Locale.ROOT, "%.0f/s `register`", Stats.median(app)),
                        String.format(java.util.Locale.ROOT, "%.0f/s raw TransactWriteItems", Stats.median(raw)),
                        Stats.median(ratios), 0.8, clients + " Lambda instance" + (clients == 1 ? "" : "s") + " vs " + clients
                                + " SDK thread" + (clients == 1 ? "" : "s"), true));
            }
        }
        rows.forEach(report::add);
        report.note("Register: each registration through the function makes these DynamoDB calls " + calls
                + " (the TransactWriteItems holds " + tx.size() + " items) and sends its confirmation mail over SMTP (GreenMail "
                + "in the harness); the raw baseline replays the captured transaction only. Tokens (RS256, checked against a "
                + "JWKS file as against Cognito's) are signed before timing"
                + (signedLate.get() == 0 ? "." : " (" + signedLate.get() + " were signed during timing: raise bench.registerTokens)."));
    }

    private String registerEvent(String meeting, String subject, String org) {
        String body = "{\"meeting\":\"" + meeting + "\",\"name\":\"Delegate " + subject + "\",\"organization\":\"" + org
                + "\",\"language\":\"en\"}";
        return ApiGatewayEvents.post("/register", body, tokens.delegate(subject, org));
    }

    /** Registrations answered in {@code seconds} by {@code clients} callers, each waiting for its answer; per second. */
    private double appRound(LambdaFunction f, int clients, int seconds, String meeting, List<String> events,
            java.util.concurrent.atomic.AtomicInteger next) throws Exception {
        return timed(clients, seconds, () -> {
            int n = next.getAndIncrement();
            // Past the pre-signed pool (a faster machine): sign here, and say so.
            f.call(n <= events.size() ? events.get(n - 1) : signedLate(meeting, n));
        });
    }

    private final java.util.concurrent.atomic.AtomicInteger signedLate = new java.util.concurrent.atomic.AtomicInteger();

    private String signedLate(String meeting, int n) {
        signedLate.incrementAndGet();
        return registerEvent(meeting, String.format("d%07d", n), "UNIGE");
    }

    private double rawRound(int clients, int seconds,
            java.util.function.IntFunction<software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest> request,
            java.util.concurrent.atomic.AtomicInteger next) throws Exception {
        return timed(clients, seconds, () -> {
            var r = request.apply(next.getAndIncrement());
            for (int attempt = 1;; attempt++) {
                try {
                    db.transactWriteItems(r);
                    return;
                } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
                    // Writers collide on the meeting's places counter: retry, as the app does.
                    if (attempt == 10 || e.cancellationReasons().stream().noneMatch(x -> "TransactionConflict".equals(x.code()))) {
                        throw e;
                    }
                }
            }
        });
    }

    /** Runs {@code work} on {@code clients} threads for {@code seconds}; completed calls per second. */
    private static double timed(int clients, int seconds, Step work) throws Exception {
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        work.run();
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (var fu : futures) {
                try {
                    fu.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof LambdaFunction.Hung hung) {
                        throw hung;
                    }
                    throw e;
                }
            }
            return done.get() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- 1d: the sweep --------------------------------------------------------------------------

    /**
     * The deadline sweep as EventBridge calls it: {@code sweepDeadlines} invoked with the scheduler
     * role's IAM context, against a table of N meetings of which 10 are due at the swept instant. What
     * it reads is counted on the wire by {@link DynamoTap} (every item of every Query, GetItem and
     * Scan it makes), against a full Scan of the same table; its time is the invocation's, through the
     * tap, as the table grows from 100 to 10,000 meetings. Each round sweeps a fresh day with 10 fresh
     * due meetings (a swept effect is done and never read again), 60 days apart so one day's look-back
     * never reaches another's.
     */
    private void sweep() throws Exception {
        String table = "meetingdesk-sweep-" + System.currentTimeMillis();
        TableSetup.createIfMissing(db, table);
        MeetingSeeder seeder = new MeetingSeeder(db, table);
        LocalDate day = LocalDate.of(2030, 1, 7);
        int background = 0;
        Double firstSweep = null, firstScan = null;
        int firstSize = 0;
        try (DynamoTap tap = new DynamoTap(dbPort);
                LambdaFunction f = LambdaFunction.start("meetingdesk", root, deskEnv(table, tap.port()), deskFirstEvent(),
                        log("sweep"))) {
            for (String s : sweepSizes.split(",")) {
                int size = Integer.parseInt(s.trim());
                long t0 = System.nanoTime();
                seeder.seed(background, size - 10, 4);
                System.out.printf("[bench] seeded %d meetings in %.1f s%n", size - 10 - background, (System.nanoTime() - t0) / 1e9);
                background = size - 10;
                List<Double> sweepMs = new ArrayList<>(), scanMs = new ArrayList<>();
                long read = 0, scanned = 0, reported = 0;
                for (int round = 0; round <= rounds; round++) {
                    seeder.seedDue(10, day);
                    tap.reset();
                    String at = day.atTime(23, 0).toInstant(java.time.ZoneOffset.UTC).toString();
                    long s0 = System.nanoTime();
                    String answer = f.answer(ApiGatewayEvents.scheduled("/sweepDeadlines", "{\"at\":\"" + at + "\"}", SCHEDULER_ARN));
                    double ms = (System.nanoTime() - s0) / 1e6;
                    JsonNode sweepReport = ApiGatewayEvents.body(answer);
                    if (sweepReport.path("meetings").size() != 10) {
                        throw new IllegalStateException("the sweep of " + day + " found " + sweepReport.path("meetings").size()
                                + " meetings with work, not 10: " + sweepReport);
                    }
                    read = tap.itemsRead();
                    reported = sweepReport.path("itemsRead").asLong();
                    long c0 = System.nanoTime();
                    scanned = fullScan(table);
                    double scan = (System.nanoTime() - c0) / 1e6;
                    day = day.plusDays(60);
                    if (round > 0) { // round 0 warms this size (first query of a grown table, JIT)
                        sweepMs.add(ms);
                        scanMs.add(scan);
                    }
                }
                double sm = Stats.median(sweepMs), cm = Stats.median(scanMs);
                if (firstSweep == null) {
                    firstSweep = sm;
                    firstScan = cm;
                    firstSize = size;
                }
                if (size == 1000) {
                    report.add(new Report.Row("sweep, 1,000 meetings / 10 due: items read", read + " items (`sweepDeadlines`, on the wire)",
                            scanned + " items (full Scan)", (double) read / scanned, 0.02,
                            "= " + Report.pct((double) read / scanned) + "; of them " + reported + " due-index items"));
                }
                report.add(new Report.Row("sweep time, " + String.format(java.util.Locale.ROOT, "%,d", size) + " meetings (growth vs "
                        + firstSize + ")", ms2(sm) + " `sweepDeadlines` (×" + Report.fmt(sm / firstSweep) + "), " + read + " items read",
                        ms2(cm) + " full Scan (×" + Report.fmt(cm / firstScan) + "), " + scanned + " items", sm / cm, null,
                        "sweep / Scan"));
            }
        }
    }

    private long fullScan(String table) {
        long read = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder s = ScanRequest.builder().tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
            if (start != null) {
                s.exclusiveStartKey(start);
            }
            ScanResponse r = db.scan(s.build());
            read += r.scannedCount();
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return read;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Path log(String name) {
        return logs.resolve(String.format("%02d-%s.log", ++logCount, name));
    }

    private static String ms(double v) {
        return String.format(java.util.Locale.ROOT, "%.0f ms", v);
    }

    private static String ms2(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f ms", v);
    }

    private static String mb(double v) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", v);
    }

    private static String spread(List<Double> values) {
        return values.stream().map(v -> String.format(java.util.Locale.ROOT, "%.0f", v))
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + mem + ", Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ").\n"
                + "Load average at start: " + loadAverage() + ".\n";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
