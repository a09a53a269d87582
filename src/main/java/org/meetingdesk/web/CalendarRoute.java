package org.meetingdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.meetingdesk.calendar.CalendarService;
import org.meetingdesk.calendar.CalendarService.Ics;
import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.registration.RegistrationService;
import org.meetingdesk.registration.RegistrationStatus;
import org.meetingdesk.registration.RegistrationView;
import org.meetingdesk.security.Access;
import org.meetingdesk.security.Caller;
import org.meetingdesk.security.Roles;

/**
 * {@code GET /calendar?meeting=ID}: the meeting as {@code text/calendar}. A thin Vert.x route
 * because Funqy only answers JSON; the content comes from {@link CalendarService}.
 */
@ApplicationScoped
public class CalendarRoute {

    private final CalendarService calendars;
    private final RegistrationService registrations;
    private final MeetingService meetings;
    private final Access access;

    public CalendarRoute(CalendarService calendars, RegistrationService registrations, MeetingService meetings, Access access) {
        this.calendars = calendars;
        this.registrations = registrations;
        this.meetings = meetings;
        this.access = access;
    }

    void install(@Observes Router router) {
        router.get("/calendar").blockingHandler(this::meeting, false);
        router.get("/myCalendar").blockingHandler(this::mine, false);
    }

    /**
     * {@code GET /myCalendar} (delegate, bearer token): every meeting the caller is registered for
     * and not withdrawn, rejected or expired, in one calendar to subscribe to.
     */
    void mine(RoutingContext ctx) {
        Caller caller = access.of(QuarkusHttpUser.getSecurityIdentityBlocking(ctx, null));
        if (caller.anonymous()) {
            ctx.fail(DeskException.unauthenticated("this calendar needs a signed-in delegate (bearer token)"));
            return;
        }
        if (!caller.is(Roles.DELEGATE)) {
            ctx.fail(DeskException.forbidden("only delegates have a registration calendar"));
            return;
        }
        List<Meeting> mine = registrations.mine(caller).stream()
                .filter(r -> LIVE.contains(r.status()))
                .map(RegistrationView::meeting).distinct().map(meetings::require)
                .sorted(java.util.Comparator.comparing(Meeting::start)).toList();
        send(ctx, calendars.meetings("my-meetings", mine));
    }

    private static final java.util.Set<RegistrationStatus> LIVE = java.util.EnumSet.of(RegistrationStatus.APPROVED,
            RegistrationStatus.PENDING_APPROVAL, RegistrationStatus.WAITLISTED);

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
