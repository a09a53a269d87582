package org.meetingdesk.bare;

import io.quarkus.funqy.Funq;

/** The whole baseline app: one trivial function, so every cost it shows is the framework's. */
public class Hello {

    @Funq
    public String hello() {
        return "hello";
    }
}
