package org.meetingdesk.agenda;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import org.meetingdesk.security.Caller;
import org.meetingdesk.security.Roles;

/**
 * Loads the seed agendas (dev and tests; off in AWS), after the sample meetings: each file under
 * {@code samples/agenda/} is a {@code publishAgenda} body, named {@code <meeting>-v<n>.json}, and is
 * published as version n when the meeting's agenda is at version n-1 — so a restart loads nothing
 * twice. SG13: the letter's Annex B lost its numbering ("1." seven times); the seed numbers it 1–7.
 * SG2: version 1 from Annex B of the letter, version 2 from SG2-TD1139 (sub-item 1.4 e) added, 2.9
 * retitled, reports and the TD allocated), so {@code agendaChanges?from=1&to=2} has something to show.
 */
@ApplicationScoped
public class AgendaSamples {

    private static final Logger LOG = Logger.getLogger(AgendaSamples.class);
    static final List<String> FILES = List.of("SG13-2020-12-07-v1", "SG2-2020-09-07-v1", "SG2-2020-09-07-v2");
    private static final Caller LOADER = new Caller("meetingdesk-samples", null, "Sample data", "ITU",
            Set.of(Roles.SECRETARIAT));

    private final AgendaService agendas;
    private final AgendaRepository repository;
    private final ObjectMapper json;

    public AgendaSamples(AgendaService agendas, AgendaRepository repository, ObjectMapper json) {
        this.agendas = agendas;
        this.repository = repository;
        this.json = json;
    }

    void onStart(@Observes @Priority(50) StartupEvent event,
            @ConfigProperty(name = "meetingdesk.samples", defaultValue = "false") boolean load) throws IOException {
        if (!load) {
            return;
        }
        for (String file : FILES) {
            int version = Integer.parseInt(file.substring(file.lastIndexOf("-v") + 2));
            PublishAgendaInput input = read(file);
            int latest = repository.latest(input.meeting()).map(AgendaVersion::version).orElse(0);
            if (latest == version - 1) {
                agendas.publish(input, LOADER);
                LOG.infof("sample agenda %s version %d loaded", input.meeting(), version);
            }
        }
    }

    static PublishAgendaInput read(ObjectMapper json, String file) throws IOException {
        try (InputStream in = AgendaSamples.class.getResourceAsStream("/samples/agenda/" + file + ".json")) {
            if (in == null) {
                throw new IOException("missing sample " + file);
            }
            return json.readValue(in, PublishAgendaInput.class);
        }
    }

    private PublishAgendaInput read(String file) throws IOException {
        return read(json, file);
    }
}
