package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class NagTest {

    @Test
    void awsSolutionsFindingsAreAllSuppressedWithAReason() {
        var result = Synth.nativeStack();
        String errors = result.nagErrors().stream().map(m -> m.getId() + " " + m.getEntry().getData())
                .collect(Collectors.joining("\n"));
        assertEquals("", errors, "unsuppressed cdk-nag AwsSolutions errors");
    }
}
