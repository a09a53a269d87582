package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AwsSolutions pack runs on the stack; only the documented suppressions (Nag.java) pass. */
class NagTest {

    static String describe(List<SynthesisMessage> messages) {
        return messages.stream().map(m -> m.getId() + " " + m.getEntry().getData()).collect(Collectors.joining("\n"));
    }

    @Test
    void noUnsuppressedErrorsOrWarnings() {
        var result = Synth.nativeStack();
        assertEquals("", describe(result.nagErrors()), "unsuppressed cdk-nag AwsSolutions errors");
        assertEquals("", describe(result.nagWarnings()), "unsuppressed cdk-nag AwsSolutions warnings");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySuppressionGivesAReason() {
        var resources = (Map<String, Map<String, Object>>) Synth.nativeStack().template().toJSON().get("Resources");
        int suppressions = 0;
        for (var resource : resources.values()) {
            Object rules = Cfn.path(resource, "Metadata", "cdk_nag", "rules_to_suppress");
            for (Object rule : Cfn.list(rules)) {
                suppressions++;
                String reason = (String) ((Map<String, Object>) rule).get("reason");
                assertTrue(reason != null && reason.length() >= 60, "suppression without a real reason: " + rule);
            }
        }
        assertFalse(suppressions == 0, "the suppressions are recorded in the template metadata");
    }

    @Test
    void theReportShowsTheRulesWereEvaluated() throws java.io.IOException {
        // cdk-nag's own report (written at synthesis): proves the pack ran, rule by rule.
        List<String> lines = java.nio.file.Files.readAllLines(Synth.nativeStack().outdir()
                .resolve("AwsSolutions-MeetingDeskStack-NagReport.csv"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"AwsSolutions-DDB3\"") && l.contains("\"Compliant\"")),
                "point-in-time recovery is checked and compliant");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"AwsSolutions-S10\"") && l.contains("\"Compliant\"")),
                "TLS-only buckets are checked and compliant");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"AwsSolutions-APIG4\"") && l.contains("\"Suppressed\"")),
                "public routes are findings, suppressed with a reason");
        assertFalse(lines.stream().anyMatch(l -> l.contains("\"Non-Compliant\"")), String.join("\n", lines));
    }
}
