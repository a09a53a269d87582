package org.meetingdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.meetingdesk.calendar.CalendarService;
import org.meetingdesk.calendar.CalendarService.Ics;
import org.meetingdesk.problem.DeskException;

/**
 * {@code GET /calendar?meeting=ID}: the meeting as {@code text/calendar}. A thin Vert.x route
 * because Funqy only answers JSON; the content comes from {@link CalendarService}.
 */
@ApplicationScoped
public class CalendarRoute {

    private final CalendarService calendars;

    public CalendarRoute(CalendarService calendars) {
        this.calendars = calendars;
    }

    void install(@Observes Router router) {
        router.get("/calendar").blockingHandler(this::meeting, false);
    }

    void meeting(RoutingContext ctx) {
        String id = ctx.queryParams().get("meeting");
        if (id == null || id.isBlank() || id.length() > 40) {
            ctx.fail(DeskException.invalid("meeting", "must be a meeting id such as SG13-2020-12-07"));
            return;
        }
        send(ctx, calendars.meeting(id.trim()));
    }

    /** Writes a calendar with an ETag, answering 304 when the caller already has this revision. */
    static void send(RoutingContext ctx, Ics ics) {
        if (ics.version() != null) {
            String etag = "\"" + ics.version() + "\"";
            ctx.response().putHeader("ETag", etag);
            if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
                ctx.response().setStatusCode(304).end();
                return;
            }
        }
        ctx.response()
                .putHeader("content-type", "text/calendar; charset=utf-8")
                .putHeader("content-disposition", "attachment; filename=\"" + ics.fileName() + "\"")
                .putHeader("cache-control", ics.version() != null ? "public, max-age=300" : "private, no-store")
                .end(ics.text());
    }
}
