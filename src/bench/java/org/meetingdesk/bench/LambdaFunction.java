package org.meetingdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One packaged app started as Lambda starts a java21 function: a fresh JVM on the app's runner jar and
 * its {@code lib/}, run by {@link LambdaJavaRuntime} (the runtime interface client's part) with the
 * environment Lambda sets, polling a {@link RuntimeApiEmulator} of its own.
 *
 * <p>The JVM flags approximate the Lambda Java runtime's defaults (serial GC, C1 only, class-data
 * sharing, heap about 85% of a 512 MB function) and are the same for every app measured, so ratios
 * compare the apps, not the flags.
 */
final class LambdaFunction implements AutoCloseable {

    static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-Xmx435m");

    private final String name;
    private final Process process;
    private final RuntimeApiEmulator runtime;
    private final long startedNanos;
    private final long firstAnswerNanos;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path jar;
    private final Path log;
    private final List<Process> extra = new ArrayList<>();

    /**
     * Starts the app and answers its first invocation ({@code firstEvent}); returns once it did.
     *
     * @throws IllegalStateException when the app fails to start or the first answer is not 200
     */
    static LambdaFunction start(String name, Path appDir, Map<String, String> appEnv, String firstEvent, Path log)
            throws IOException, InterruptedException {
        Path jar = runnerJar(appDir);
        RuntimeApiEmulator runtime = new RuntimeApiEmulator();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_LAMBDA_RUNTIME_API", runtime.address());
        env.put("_HANDLER", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_FUNCTION_NAME", name);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + name);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
        env.put("AWS_REGION", "eu-central-2");
        env.put("AWS_DEFAULT_REGION", "eu-central-2");
        // Lambda hands the role's session credentials over in these; the SDK's default chain reads them.
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        env.put("AWS_SESSION_TOKEN", "bench");
        env.put("LAMBDA_TASK_ROOT", appDir.toString());
        env.putAll(appEnv);

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_FLAGS);
        // For profiling a start by hand, e.g. -Dbench.jvmArgs="-Xlog:class+load:file=/tmp/classes.log";
        // never set in a measured run.
        String extra = System.getProperty("bench.jvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        // The function's classpath (runner jar; its manifest names lib/) plus the runtime client only.
        command.add("-cp");
        command.add(jar + java.io.File.pathSeparator + runtimeClientPath());
        command.add(LambdaJavaRuntime.class.getName());
        ProcessBuilder pb = builder(command, env, jar, log);

        // Queued before the JVM exists: the first poll of the new function finds it waiting.
        var first = runtime.invoke(firstEvent);
        long started = System.nanoTime();
        Process process = pb.start();
        LambdaFunction function;
        try {
            RuntimeApiEmulator.Answer answer = first.get(120, TimeUnit.SECONDS);
            int status = ApiGatewayEvents.status(answer.body());
            if (status != 200) {
                throw new IllegalStateException(name + ": first answer was " + status + ": " + answer.body());
            }
            function = new LambdaFunction(name, process, runtime, started, answer.answeredNanos(), command, env, jar, log);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            runtime.close();
            throw new IllegalStateException(name + " did not answer its first invocation (see " + log + "): "
                    + e.getMessage(), e);
        }
        return function;
    }

    private LambdaFunction(String name, Process process, RuntimeApiEmulator runtime, long startedNanos,
            long firstAnswerNanos, List<String> command, Map<String, String> env, Path jar, Path log) {
        this.name = name;
        this.process = process;
        this.runtime = runtime;
        this.startedNanos = startedNanos;
        this.firstAnswerNanos = firstAnswerNanos;
        this.command = command;
        this.env = env;
        this.jar = jar;
        this.log = log;
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> env, Path jar, Path log) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb;
    }

    /**
     * Scales the function to {@code instances} concurrent instances polling the same Runtime API, as
     * Lambda does when calls overlap: each instance is its own JVM and takes one event at a time.
     * Returns once every instance has started and waits for work.
     */
    void scaleTo(int instances) throws IOException, InterruptedException {
        while (1 + extra.size() < instances) {
            Path instanceLog = log.resolveSibling(log.getFileName().toString().replace(".log", "-" + (extra.size() + 2) + ".log"));
            extra.add(builder(command, env, jar, instanceLog).start());
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (runtime.waiting() < instances) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": only " + runtime.waiting() + " of " + instances
                        + " instances are polling after 5 minutes (see " + log.getParent() + ")");
            }
            for (Process p : extra) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(name + ": an instance exited with " + p.exitValue() + " (see " + log.getParent() + ")");
                }
            }
            Thread.sleep(100);
        }
    }

    /** The runner jar Quarkus wrote for the app, as named in its {@code quarkus-artifact.properties}. */
    static Path runnerJar(Path appDir) throws IOException {
        Path target = appDir.resolve("target");
        Properties artifact = new Properties();
        try (var in = Files.newInputStream(target.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path jar = target.resolve(artifact.getProperty("path"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runner jar at " + jar + ": build " + appDir + " first");
        }
        return jar;
    }

    /** Where {@link LambdaJavaRuntime} was loaded from (the harness's compiled classes). */
    private static String runtimeClientPath() {
        try {
            return Path.of(LambdaJavaRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Quarkus's own "started in" figure from the first instance's log, in ms; NaN when not logged. */
    double bootMillis() throws IOException {
        var m = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) * 1000 : Double.NaN;
    }

    /** Milliseconds from process start to the first answered invocation. */
    double startToFirstAnswerMillis() {
        return (firstAnswerNanos - startedNanos) / 1e6;
    }

    /**
     * One invocation, answered 200 or an exception; returns its latency in nanoseconds; {@link Hung} if no answer came (event queued
     * while the function is waiting in {@code next} -> answer posted).
     */
    long call(String event) {
        long t0 = System.nanoTime();
        return invoke(event).answeredNanos() - t0;
    }

    /** One invocation answered 200; returns the function's answer (an API Gateway v2 response). */
    String answer(String event) {
        return invoke(event).body();
    }

    private RuntimeApiEmulator.Answer invoke(String event) {
        try {
            RuntimeApiEmulator.Answer answer = runtime.invoke(event).get(30, TimeUnit.SECONDS);
            int status = ApiGatewayEvents.status(answer.body());
            if (status != 200) {
                throw new IllegalStateException(name + " answered " + status + ": " + answer.body());
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            // The app stopped answering: on a loaded machine, about once in 40,000 calls, a request
            // entered Quarkus's Lambda HTTP adapter (LambdaHttpHandler.nettyDispatch) and its answer
            // never came, with no worker thread busy on it. Lambda would time the invocation out and
            // replace the instance; the harness records it and starts a fresh one.
            HUNG.add(name + " " + event.replaceAll(".*\"rawPath\":\"([^\"]*)\".*\"rawQueryString\":\"([^\"]*)\".*", "$1?$2"));
            throw new Hung(name + ": no answer in 30 s");
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** Requests the app never answered (see {@link #call}); reported with the results. */
    static final java.util.List<String> HUNG = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The function stopped answering; it must be replaced. */
    static final class Hung extends RuntimeException {
        Hung(String message) {
            super(message);
        }
    }

    /** Resident set size of the function's JVM, in kB, from {@code /proc/<pid>/status}. */
    long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : extra) {
            p.destroy();
        }
        for (Process p : extra) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        runtime.close();
    }
}
