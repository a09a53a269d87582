package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The table the stack makes is the table the application expects (store/Keys.java, store/TableSetup.java). */
class TableTest {

    private final Synth.Result synth = Synth.nativeStack();

    @Test
    void onDemandWithRecoveryDeletionProtectionAndTtl() {
        synth.template().resourceCountIs("AWS::DynamoDB::Table", 1);
        synth.template().hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "BillingMode", "PAY_PER_REQUEST",
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "DeletionProtectionEnabled", true,
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                "SSESpecification", Map.of("SSEEnabled", true)));
        synth.template().hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void keysAndIndexesMatchTheApplication() throws IOException {
        Map<String, String> keys = applicationKeys();
        String pk = keys.get("PK"), sk = keys.get("SK");
        synth.template().hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "KeySchema", List.of(Map.of("AttributeName", pk, "KeyType", "HASH"), Map.of("AttributeName", sk, "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(
                        string(pk), string(sk),
                        string(keys.get("GSI1PK")), string(keys.get("GSI1SK")),
                        string(keys.get("GSI2PK")), string(keys.get("GSI2SK"))),
                "GlobalSecondaryIndexes", List.of(
                        index(keys.get("GSI1"), keys.get("GSI1PK"), keys.get("GSI1SK")),
                        index(keys.get("GSI2"), keys.get("GSI2PK"), keys.get("GSI2SK")))));
        assertEquals(keys.get("GSI1"), MeetingDeskStack.GSI1);
        assertEquals(keys.get("GSI2"), MeetingDeskStack.GSI2);
    }

    private static Map<String, Object> string(String name) {
        return Map.of("AttributeName", name, "AttributeType", "S");
    }

    private static Map<String, Object> index(String name, String pk, String sk) {
        return Map.of("IndexName", name,
                "KeySchema", List.of(Map.of("AttributeName", pk, "KeyType", "HASH"), Map.of("AttributeName", sk, "KeyType", "RANGE")),
                "Projection", Map.of("ProjectionType", "ALL"));
    }

    /** The key constants of the application's store/Keys.java (the root project's source). */
    static Map<String, String> applicationKeys() throws IOException {
        String source = Files.readString(Path.of("../src/main/java/org/meetingdesk/store/Keys.java"));
        Matcher m = Pattern.compile("public static final String (\\w+) = \"([^\"]+)\";").matcher(source);
        Map<String, String> out = new HashMap<>();
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        for (String name : List.of("PK", "SK", "GSI1", "GSI1PK", "GSI1SK", "GSI2", "GSI2PK", "GSI2SK")) {
            if (!out.containsKey(name)) {
                throw new AssertionError("Keys.java no longer declares " + name + ": update the stack's table too");
            }
        }
        return out;
    }
}
