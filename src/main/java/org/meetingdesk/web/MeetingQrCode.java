package org.meetingdesk.web;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.nayuki.qrcodegen.QrCode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;

/**
 * {@code GET /qrcode?meeting=ID}: an SVG QR code that links to the meeting's page on the hosted site,
 * like the one the SG2 letter prints.
 *
 * <p>A Vert.x route, not a {@code @Funq} function, because the answer is {@code image/svg+xml} and
 * cacheable. The link points at {@code meetingdesk.site.url} when configured (the CloudFront origin in
 * AWS); otherwise at the origin the request came to (dev), so the code scanned from a laptop screen
 * opens the same site. Only ids of existing meetings are encoded: this is not an open QR generator.
 */
@ApplicationScoped
public class MeetingQrCode {

    private static final Pattern ID = Pattern.compile(MeetingInput.ID);

    private final MeetingService meetings;
    private final Optional<String> siteUrl;

    public MeetingQrCode(MeetingService meetings,
            @ConfigProperty(name = "meetingdesk.site.url") Optional<String> siteUrl) {
        this.meetings = meetings;
        this.siteUrl = siteUrl;
    }

    void route(@Observes Router router) {
        router.get("/qrcode").blockingHandler(this::qr);
    }

    private void qr(RoutingContext ctx) {
        String id = ctx.queryParams().get("meeting");
        if (id == null || !ID.matcher(id).matches()) {
            ctx.fail(DeskException.invalid("meeting", "must look like SG13-2020-12-07"));
            return;
        }
        try {
            meetings.require(id);
        } catch (DeskException e) {
            ctx.fail(e);
            return;
        }
        String link = pageUrl(base(ctx), id);
        ctx.response().putHeader("content-type", "image/svg+xml; charset=utf-8")
                .putHeader("cache-control", "public, max-age=3600")
                .end(svg(QrCode.encodeText(link, QrCode.Ecc.MEDIUM), 4));
    }

    /** The hosted page of a meeting (hash route, so static hosting needs no rewrite rules). */
    static String pageUrl(String base, String id) {
        return (base.endsWith("/") ? base : base + "/") + "#/meeting/" + id;
    }

    private String base(RoutingContext ctx) {
        if (siteUrl.isPresent() && !siteUrl.get().isBlank()) {
            return siteUrl.get();
        }
        URI uri = URI.create(ctx.request().absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }

    /** Dark modules as one SVG path; a quiet zone of {@code border} modules as the standard asks. */
    static String svg(QrCode qr, int border) {
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
