package org.meetingdesk.agenda;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.meetingdesk.meeting.MeetingInput;

/**
 * HTTP caching for {@code GET /agenda}: a thin filter in front of the Funqy function (which can only
 * answer 200 with JSON). It asks {@link AgendaService#etag} for the version's entity tag — the same
 * tag the body carries — then either answers {@code 304 Not Modified} to a matching
 * {@code If-None-Match}, or lets the function answer and adds {@code ETag} and
 * {@code Cache-Control} to its 200.
 *
 * <p>The tag is read just before the function reads the agenda, so for the latest version it can
 * only be older than the body, never newer: a client that stored such a pair asks again, gets a
 * mismatch and a fresh body. A given version never changes, so it may be cached for good.
 * Anything the filter cannot read (no or bad meeting or version) goes to the function unchanged,
 * which answers it as usual (400, 404).
 */
@ApplicationScoped
public class AgendaHttp {

    private static final Pattern MEETING = Pattern.compile(MeetingInput.ID);

    private final AgendaService agendas;

    public AgendaHttp(AgendaService agendas) {
        this.agendas = agendas;
    }

    void route(@Observes Router router) {
        // Before Funqy's route for the same path; not ordered, so concurrent reads do not queue.
        router.get("/agenda").order(-100).blockingHandler(this::conditionalGet, false);
    }

    void conditionalGet(RoutingContext ctx) {
        String meeting = ctx.queryParams().get("meeting");
        String versionText = ctx.queryParams().get("version");
        Integer version;
        try {
            version = versionText == null || versionText.isBlank() ? null : Integer.valueOf(versionText.trim());
        } catch (NumberFormatException e) {
            ctx.next();
            return;
        }
        if (meeting == null || !MEETING.matcher(meeting).matches() || (version != null && version < 1)) {
            ctx.next();
            return;
        }
        Optional<String> etag = agendas.etag(meeting, version);
        if (etag.isEmpty()) {
            ctx.next();
            return;
        }
        String tag = "\"" + etag.get() + "\"";
        String cacheControl = version == null ? "no-cache" : "public, max-age=31536000, immutable";
        // getAll: a list may arrive as one header or, after the Lambda event mapping, as several.
        if (ctx.request().headers().getAll(HttpHeaders.IF_NONE_MATCH).stream().anyMatch(h -> matches(h, tag))) {
            ctx.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, tag)
                    .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl).end();
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() == 200) {
                ctx.response().putHeader(HttpHeaders.ETAG, tag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
        });
        ctx.next();
    }

    /** RFC 9110 §13.1.2: a list of tags or "*", compared weakly (a W/ prefix is ignored). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
