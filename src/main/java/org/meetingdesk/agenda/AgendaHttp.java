package org.meetingdesk.agenda;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.meetingdesk.meeting.MeetingInput;

/**
 * {@code GET /agenda}: answered here, with HTTP caching, because Funqy can only answer 200 with
 * JSON. The version is read once (one key lookup) and serves both the entity tag — answering
 * {@code 304 Not Modified} to a matching {@code If-None-Match} — and the 200's body, built by the
 * same {@link AgendaService#view(AgendaVersion, String)} the function uses. Anything this route does
 * not recognise as a well-formed read (a bad or unknown parameter, no such agenda) goes on to the
 * Funqy function, which answers it as usual (400 naming the field, 404); POST always does.
 */
@ApplicationScoped
public class AgendaHttp {

    private static final Pattern MEETING = Pattern.compile(MeetingInput.ID);
    private static final Pattern LANG = Pattern.compile(AgendaFunctions.LANG);
    private static final Set<String> PARAMETERS = Set.of("meeting", "version", "lang");

    private final AgendaService agendas;
    private final ObjectMapper json;

    public AgendaHttp(AgendaService agendas, ObjectMapper json) {
        this.agendas = agendas;
        this.json = json;
    }

    void route(@Observes Router router) {
        // Before Funqy's route for the same path; not ordered, so concurrent reads do not queue.
        router.get("/agenda").order(-100).blockingHandler(this::conditionalGet, false);
    }

    void conditionalGet(RoutingContext ctx) {
        String meeting = ctx.queryParams().get("meeting");
        String versionText = ctx.queryParams().get("version");
        String lang = ctx.queryParams().get("lang");
        Integer version;
        try {
            version = versionText == null || versionText.isBlank() ? null : Integer.valueOf(versionText.trim());
        } catch (NumberFormatException e) {
            ctx.next();
            return;
        }
        if (meeting == null || !MEETING.matcher(meeting).matches() || (version != null && version < 1)
                || (lang != null && !lang.isBlank() && !LANG.matcher(lang).matches())
                || !PARAMETERS.containsAll(ctx.queryParams().names())) {
            ctx.next();
            return;
        }
        Optional<AgendaVersion> found = agendas.find(meeting, version);
        if (found.isEmpty()) {
            ctx.next();
            return;
        }
        String tag = "\"" + found.get().etag() + "\"";
        String cacheControl = version == null ? "no-cache" : "public, max-age=31536000, immutable";
        ctx.response().putHeader(HttpHeaders.ETAG, tag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        // getAll: a list may arrive as one header or, after the Lambda event mapping, as several.
        if (ctx.request().headers().getAll(HttpHeaders.IF_NONE_MATCH).stream().anyMatch(h -> matches(h, tag))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        try {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(json.writeValueAsString(agendas.view(found.get(), lang)));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
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
