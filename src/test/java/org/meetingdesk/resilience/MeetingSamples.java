package org.meetingdesk.resilience;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class MeetingSamples {
    private MeetingSamples() {
    }

    static Map<String, Object> meeting(String group, String start) {
        Map<String, Object> m = new HashMap<>();
        m.put("group", group);
        m.put("title", "Resilience meeting of " + group);
        m.put("start", start);
        m.put("end", start);
        m.put("mode", "VIRTUAL");
        m.put("languages", List.of("en"));
        return m;
    }
}
