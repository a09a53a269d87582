package org.meetingdesk.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** Errors and throttles of every function raise an alarm that notifies the alarm topic. */
class AlarmsTest {

    private final Synth.Result synth = Synth.nativeStack();

    @Test
    void everyFunctionHasErrorAndThrottleAlarms() {
        for (FunctionGroup group : FunctionGroup.values()) {
            String fn = Cfn.logicalId(synth.stack(), synth.stack().functions().get(group));
            for (String metric : List.of("Errors", "Throttles")) {
                synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                        "Namespace", "AWS/Lambda", "MetricName", metric,
                        "Dimensions", List.of(Map.of("Name", "FunctionName", "Value", Map.of("Ref", fn))),
                        "Threshold", 1, "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                        "AlarmActions", List.of(Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("Alarms.*"))))));
            }
        }
    }

    @Test
    void apiServerErrorsRaiseAnAlarm() {
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/ApiGateway", "MetricName", "5xx"));
    }
}
