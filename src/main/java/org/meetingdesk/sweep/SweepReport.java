package org.meetingdesk.sweep;

import java.util.List;

/**
 * What one tick did.
 *
 * @param itemsRead index items the sweep read to find its work (its cost grows with what is due, not with what is stored)
 * @param deferred  effects found due but left armed for the next tick (a failure part way)
 */
public record SweepReport(String at, List<String> meetings, int itemsRead, List<ClosedWindow> windowsClosed,
        int remindersQueued, int mailsSent, int requestsExpired, List<String> deferred) {

    public record ClosedWindow(String meeting, String kind, String closesAt) {
    }
}
