package org.meetingdesk.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.funqy.runtime.ApplicationException;
import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.meetingdesk.problem.DeskException;
import org.meetingdesk.problem.FieldError;
import org.meetingdesk.store.StoreUnavailableException;

/**
 * Turns every failure into RFC 9457 problem details ({@code application/problem+json}).
 *
 * <p>Funqy answers 200/204 only and hands everything else to Vert.x ({@code routingContext.fail}),
 * so one failure handler on the router is the single place where statuses are decided. Funqy
 * also fails unreadable JSON with a bare 400 and no cause; for those we read the body again with the
 * function's own reader, so the answer still names the field and the reason. Nothing here ever
 * writes a stack trace: unexpected errors get a 500 with an id that is also in the log.
 */
@ApplicationScoped
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);
    static final String TYPE_BASE = "https://meetingdesk.org/problems/";

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).failureHandler(this::handle);
        // Requests no route matched never reach failure handlers; answer them the same way.
        router.errorHandler(404, this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            // Too late for a problem document; still end the response, or the caller (and on
            // Lambda, the invocation) would wait for it forever.
            if (!ctx.response().ended()) {
                ctx.response().end();
            }
            return;
        }
        Throwable failure = unwrap(ctx.failure());
        ObjectNode problem;
        if (failure == null) {
            problem = forStatus(ctx);
        } else {
            problem = forFailure(failure, ctx);
        }
        int status = problem.path("status").asInt(500);
        if (status == 503) {
            ctx.response().putHeader("Retry-After", "2");
        }
        ctx.response().setStatusCode(status)
                .putHeader("content-type", "application/problem+json")
                .putHeader("cache-control", "no-store")
                .end(problem.toString());
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof ApplicationException || (t != null && t.getClass() == RuntimeException.class && t.getCause() != null)
                || (t instanceof java.util.concurrent.CompletionException && t.getCause() != null)) {
            if (t.getCause() == null) {
                break;
            }
            t = t.getCause();
        }
        return t;
    }

    private ObjectNode forFailure(Throwable failure, RoutingContext ctx) {
        if (failure instanceof DeskException e) {
            return problem(e.kind().status, e.type(), title(e.kind().status), e.getMessage(), e.errors());
        }
        if (failure instanceof ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
            return problem(400, "invalid-input", "Bad Request", errors.size() + " field(s) are invalid", errors);
        }
        if (failure instanceof AuthenticationFailedException) {
            return problem(401, "unauthenticated", "Unauthorized", "the bearer token is missing, expired or not valid", null);
        }
        if (failure instanceof UnauthorizedException) {
            return problem(401, "unauthenticated", "Unauthorized", "this function needs a signed-in caller (bearer token)", null);
        }
        if (failure instanceof ForbiddenException) {
            return problem(403, "forbidden", "Forbidden", "your roles do not allow this function", null);
        }
        if (failure instanceof StoreUnavailableException) {
            return problem(503, "store-unavailable", "Service Unavailable", "the data store is not answering; try again shortly", null);
        }
        if (failure instanceof JsonProcessingException e) {
            return problem(400, "invalid-input", "Bad Request", "the body is not valid JSON for this function", List.of(jsonError(e)));
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(failure, "unexpected failure %s on %s %s", id, ctx.request().method(), ctx.request().path());
        return problem(500, "internal", "Internal Server Error", "unexpected error; reference " + id, null);
    }

    private ObjectNode forStatus(RoutingContext ctx) {
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        if (status == 400) {
            FieldError error = reread(ctx);
            return problem(400, "invalid-input", "Bad Request", error.field() + ": " + error.message(), List.of(error));
        }
        if (status == 404) {
            return problem(404, "not-found", "Not Found", "no function or page at " + ctx.request().path(), null);
        }
        if (status == 405) {
            return problem(405, "method-not-allowed", "Method Not Allowed", "use GET with a query string or POST with a JSON body", null);
        }
        if (status == 413) {
            return problem(413, "too-large", "Content Too Large", "the request body is larger than this function accepts", null);
        }
        return problem(status, "http-" + status, title(status), "request failed", null);
    }

    /** Reads the input again with the function's own Jackson reader to learn which field was wrong. */
    private FieldError reread(RoutingContext ctx) {
        String name = ctx.request().path().substring(1);
        FunctionInvoker invoker = FunctionRecorder.registry == null ? null : FunctionRecorder.registry.matchInvoker(name);
        ObjectReader reader = invoker == null ? null
                : (ObjectReader) invoker.getBindingContext().get(ObjectReader.class.getName());
        if (reader == null) {
            return new FieldError("body", "could not be read");
        }
        try {
            if (ctx.request().method() == HttpMethod.GET) {
                reader.readValue(queryAsJson(ctx));
            } else {
                reader.readValue(ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes());
            }
        } catch (Exception e) {
            return jsonError(e);
        }
        return new FieldError("body", "could not be read");
    }

    private ObjectNode queryAsJson(RoutingContext ctx) {
        ObjectNode node = json.createObjectNode();
        for (Map.Entry<String, String> p : ctx.queryParams()) {
            if (node.has(p.getKey())) {
                var existing = node.get(p.getKey());
                ArrayNode array = existing.isArray() ? (ArrayNode) existing : json.createArrayNode().add(existing);
                array.add(p.getValue());
                node.set(p.getKey(), array);
            } else {
                node.put(p.getKey(), p.getValue());
            }
        }
        return node;
    }

    static FieldError jsonError(Throwable e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new FieldError(path(u), "is not a field of this function's input");
        }
        if (e instanceof JsonMappingException d && !d.getPath().isEmpty()) {
            String original = d.getOriginalMessage() == null ? "" : d.getOriginalMessage();
            // Jackson's messages name Java types; keep only the part that helps a client.
            String reason = original.contains("Cannot deserialize value of type") || original.contains("Cannot coerce")
                    ? "has the wrong type or format" : original.contains("not one of the values accepted")
                            ? "is not one of the accepted values" : "could not be read";
            return new FieldError(path(d), reason);
        }
        if (e instanceof JsonProcessingException p) {
            String where = p.getLocation() == null ? "" : " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")";
            return new FieldError("body", "is not well-formed JSON" + where);
        }
        return new FieldError("body", "could not be read");
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                // A blank or odd key still needs a visible name: quote it as JSON would.
                String name = r.getFieldName();
                sb.append(name.isBlank() || !name.matches("[\\p{L}\\p{N}_$-]+") ? "\"" + name.replace("\"", "\\\"") + "\"" : name);
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** "publishMeeting.input.contact.email" → "contact.email": the client's view of the field. */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        Iterator<Path.Node> nodes = v.getPropertyPath().iterator();
        while (nodes.hasNext()) {
            Path.Node n = nodes.next();
            switch (n.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                default -> {
                    String name = n.getName();
                    String index = n.getIndex() != null ? "[" + n.getIndex() + "]" : n.getKey() != null ? "[" + n.getKey() + "]" : "";
                    if (name == null || name.startsWith("<")) {
                        // container element (list item): attach its index to the previous part
                        if (!parts.isEmpty()) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
                        }
                    } else if (!parts.isEmpty() && n.isInIterable()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
                        parts.add(name);
                    } else {
                        parts.add(name);
                    }
                }
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private ObjectNode problem(int status, String type, String title, String detail, List<FieldError> errors) {
        ObjectNode p = json.createObjectNode();
        p.put("type", TYPE_BASE + type);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            ArrayNode list = p.putArray("errors");
            for (FieldError e : errors) {
                list.addObject().put("field", e.field()).put("message", e.message());
            }
        }
        return p;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
