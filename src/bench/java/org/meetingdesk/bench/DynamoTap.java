package org.meetingdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A pass-through HTTP proxy in front of DynamoDB Local that sees what an app really asks of the
 * database: the operations it calls ({@code X-Amz-Target}), the items those calls read (ScannedCount
 * of Query and Scan, the item of GetItem, the responses of BatchGetItem) and the bodies of its
 * {@code TransactWriteItems}. It only observes: requests and answers pass unchanged (DynamoDB Local
 * does not check request signatures, so re-sending a signed request from here is fine).
 *
 * <p>Used to count what the sweep function reads, and to capture the transaction {@code register}
 * writes so the raw baseline writes exactly the same items. It adds a hop, so nothing timed for a
 * throughput or latency figure goes through it.
 */
final class DynamoTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dynamo-tap");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI target;
    private final AtomicLong itemsRead = new AtomicLong();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final List<String> transactions = new CopyOnWriteArrayList<>();

    DynamoTap(int dynamoPort) throws IOException {
        this.target = URI.create("http://127.0.0.1:" + dynamoPort + "/");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Forgets what was seen so far. */
    void reset() {
        itemsRead.set(0);
        calls.clear();
        transactions.clear();
    }

    long itemsRead() {
        return itemsRead.get();
    }

    /** Calls per operation since the last reset, e.g. {@code {GetItem=2, TransactWriteItems=1}}. */
    Map<String, Long> calls() {
        Map<String, Long> out = new java.util.TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Request bodies of the TransactWriteItems calls since the last reset, in order. */
    List<String> transactions() {
        return List.copyOf(transactions);
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            String amzTarget = ex.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = amzTarget == null ? "?" : amzTarget.substring(amzTarget.indexOf('.') + 1);
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().getRawPath()))
                    .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            calls.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
            if (response.statusCode() == 200) {
                observe(operation, body, response.body());
            }
            response.headers().map().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                    ex.getResponseHeaders().put(name, values);
                }
            });
            ex.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private void observe(String operation, byte[] request, byte[] response) throws IOException {
        switch (operation) {
            case "Query", "Scan" -> itemsRead.addAndGet(JSON.readTree(response).path("ScannedCount").asLong());
            case "GetItem" -> {
                if (JSON.readTree(response).hasNonNull("Item")) {
                    itemsRead.incrementAndGet();
                }
            }
            case "BatchGetItem" -> {
                for (JsonNode table : JSON.readTree(response).path("Responses")) {
                    itemsRead.addAndGet(table.size());
                }
            }
            case "TransactGetItems" -> {
                for (JsonNode r : JSON.readTree(response).path("Responses")) {
                    if (r.hasNonNull("Item")) {
                        itemsRead.incrementAndGet();
                    }
                }
            }
            case "TransactWriteItems" -> transactions.add(new String(request, java.nio.charset.StandardCharsets.UTF_8));
            default -> {
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
