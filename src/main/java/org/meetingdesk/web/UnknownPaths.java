package org.meetingdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The last route: any path nothing else answered is a 404 problem ("no function or page").
 *
 * <p>Why it is needed: with the hosted page under {@code META-INF/resources}, Quarkus adds a
 * GET/HEAD-only route for static files that matches every path, so a POST to a function that does
 * not exist would otherwise get a bare 405 from Vert.x instead of the problem+json 404 clients rely on
 * (the page uses it to tell "function not deployed" from "record not found"). Functions, static
 * files, {@code /devSignIn} and {@code /qrcode} are all matched before this route.
 */
@ApplicationScoped
public class UnknownPaths {

    void route(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> ctx.fail(404));
    }
}
