package org.meetingdesk.agenda;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Types the store serializes with Jackson (not only returned from functions), kept for native images. */
@RegisterForReflection(targets = { AgendaVersion.class, AgendaItem.class })
final class AgendaReflection {

    private AgendaReflection() {
    }
}
