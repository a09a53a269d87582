package org.meetingdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The part of the AWS Lambda Runtime API a function's poll loop uses, so a packaged app runs here
 * exactly as Lambda runs it: the app long-polls {@code GET /2018-06-01/runtime/invocation/next}, gets
 * an event and its request id in {@code Lambda-Runtime-Aws-Request-Id}, and posts the answer to
 * {@code /invocation/{id}/response} (or {@code /error}; {@code /runtime/init/error} when it cannot
 * start). One emulator serves one function instance.
 *
 * <p>{@link #invoke} queues an event and completes when the answer arrives; the time between the two
 * is what an API Gateway caller would see minus the network.
 */
final class RuntimeApiEmulator implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";

    /** An answered invocation: the body the function posted, and when it arrived. */
    record Answer(String body, long answeredNanos) {
    }

    private record Invocation(String id, String event, CompletableFuture<Answer> answer) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

    RuntimeApiEmulator() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    CompletableFuture<Answer> invoke(String event) {
        String id = "bench-" + ids.incrementAndGet();
        Invocation inv = new Invocation(id, event, new CompletableFuture<>());
        inFlight.put(id, inv);
        queue.add(inv);
        return inv.answer();
    }

    /** Function instances waiting in {@code /invocation/next} right now (idle instances). */
    int waiting() {
        return waiting.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring(PREFIX.length());
            String body = read(ex.getRequestBody());
            if (path.equals("invocation/next") && "GET".equals(ex.getRequestMethod())) {
                next(ex);
            } else if (path.equals("init/error")) {
                failAll(new IllegalStateException("function failed to initialize: " + body));
                reply(ex, 202, "{\"status\":\"OK\"}");
            } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
                long at = System.nanoTime();
                Invocation inv = inFlight.remove(path.substring("invocation/".length(), path.length() - "/response".length()));
                if (inv == null) {
                    reply(ex, 400, "{\"errorMessage\":\"unknown request id\"}");
                    return;
                }
                inv.answer().complete(new Answer(body, at));
                reply(ex, 202, "{\"status\":\"OK\"}");
            } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
                Invocation inv = inFlight.remove(path.substring("invocation/".length(), path.length() - "/error".length()));
                if (inv != null) {
                    inv.answer().completeExceptionally(new IllegalStateException("function error: " + body));
                }
                reply(ex, 202, "{\"status\":\"OK\"}");
            } else {
                reply(ex, 404, "{\"errorMessage\":\"not emulated: " + path + "\"}");
            }
        }
    }

    private void next(HttpExchange ex) throws IOException {
        Invocation inv;
        waiting.incrementAndGet();
        try {
            // Lambda holds the poll open until there is work; so do we, in slices so close() ends it.
            do {
                inv = queue.poll(200, TimeUnit.MILLISECONDS);
            } while (inv == null && !threads.isShutdown());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            waiting.decrementAndGet();
        }
        if (inv == null) {
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", inv.id());
        ex.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
        ex.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:eu-central-2:123456789012:function:bench");
        ex.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        reply(ex, 200, inv.event());
    }

    private void failAll(Exception e) {
        inFlight.values().forEach(i -> i.answer().completeExceptionally(e));
        inFlight.clear();
        queue.clear();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        server.stop(0);
        failAll(new IllegalStateException("emulator closed"));
    }
}
