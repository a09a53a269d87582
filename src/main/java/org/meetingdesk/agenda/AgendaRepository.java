package org.meetingdesk.agenda;

import java.util.Optional;

/**
 * Storage port for agenda versions. Implemented once, by the DynamoDB adapter in {@code store}.
 *
 * <p>Contract: versions are immutable and numbered 1, 2, … without holes; the latest version is a
 * single strongly consistent key lookup.
 */
public interface AgendaRepository {

    /** The newest version of the meeting's agenda, or empty when none was published. One key lookup. */
    Optional<AgendaVersion> latest(String meetingId);

    /** A given version, or empty when it does not exist. One key lookup. */
    Optional<AgendaVersion> version(String meetingId, int version);

    /**
     * Stores {@code next} as the new latest version, atomically and only if version
     * {@code next.version() - 1} is still the latest (none at all for version 1) and version
     * {@code next.version()} does not exist yet.
     *
     * @return false, having written nothing, when another publisher got there first: the caller
     *         reads the latest again and builds on that
     */
    boolean append(AgendaVersion next);
}
