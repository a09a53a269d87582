package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.assertions.Match;

/** Every 15 minutes the sweep function gets a constant, scheduler-only HTTP API v2 event, with retries and a DLQ. */
class SweepScheduleTest {

    private final Synth.Result synth = Synth.nativeStack();

    @SuppressWarnings("unchecked")
    private Map<String, Object> target() {
        var schedules = Cfn.resources(synth.template(), "AWS::Scheduler::Schedule");
        assertEquals(1, schedules.size());
        return (Map<String, Object>) Cfn.props(schedules.values().iterator().next()).get("Target");
    }

    @Test
    void targetsTheSweepFunctionWithRetriesAndADeadLetterQueue() {
        synth.template().hasResourceProperties("AWS::Scheduler::Schedule", Map.of(
                "ScheduleExpression", "rate(15 minutes)", "State", "ENABLED"));
        Map<String, Object> target = target();
        assertEquals(Cfn.logicalId(synth.stack(), synth.stack().aliases().get(FunctionGroup.SWEEP)), Cfn.refId(target.get("Arn")));
        assertEquals(Cfn.logicalId(synth.stack(), synth.stack().sweepDeadLetters()),
                Cfn.refId(Cfn.path(target, "DeadLetterConfig", "Arn")));
        assertEquals(3, Cfn.path(target, "RetryPolicy", "MaximumRetryAttempts"));
        assertEquals(Cfn.logicalId(synth.stack(), synth.stack().schedulerRole()), Cfn.refId(target.get("RoleArn")));
    }

    @Test
    void inputIsAConstantHttpApiEventNamingTheSchedulerRole() throws Exception {
        String role = Cfn.logicalId(synth.stack(), synth.stack().schedulerRole());
        JsonNode event = new ObjectMapper().readTree(Cfn.text(target().get("Input")));
        assertEquals("2.0", event.path("version").asText());
        assertEquals("POST /sweepDeadlines", event.path("routeKey").asText());
        assertEquals("/sweepDeadlines", event.path("rawPath").asText());
        assertEquals("{}", event.path("body").asText());
        assertEquals(false, event.path("isBase64Encoded").asBoolean(true));
        assertEquals("application/json", event.path("headers").path("content-type").asText());
        assertEquals("POST", event.path("requestContext").path("http").path("method").asText());
        assertEquals("/sweepDeadlines", event.path("requestContext").path("http").path("path").asText());
        assertEquals("<ref:" + role + ">", event.path("requestContext").path("authorizer").path("iam").path("userArn").asText());
        // Constant: nothing the scheduler substitutes per run, no JWT that a caller could imitate.
        assertTrue(event.path("requestContext").path("authorizer").path("jwt").isMissingNode());
        assertTrue(!Cfn.text(target().get("Input")).contains("<aws.scheduler."));
    }

    @Test
    void theSweepFunctionKnowsWhichRoleIsTheScheduler() {
        String role = Cfn.logicalId(synth.stack(), synth.stack().schedulerRole());
        Map<?, ?> env = (Map<?, ?>) Cfn.path(Cfn.props(Cfn.resources(synth.template(), "AWS::Lambda::Function")
                .get(Cfn.logicalId(synth.stack(), synth.stack().functions().get(FunctionGroup.SWEEP)))), "Environment", "Variables");
        assertEquals(role, Cfn.refId(env.get("MEETINGDESK_SCHEDULER_ROLE_ARN")));
        // Only the sweep function gets it: no routed function treats any identity as the scheduler.
        long withArn = Cfn.resources(synth.template(), "AWS::Lambda::Function").values().stream()
                .filter(f -> Cfn.path(Cfn.props(f), "Environment", "Variables") instanceof Map<?, ?> v
                        && v.containsKey("MEETINGDESK_SCHEDULER_ROLE_ARN"))
                .count();
        assertEquals(1, withArn);
    }

    @Test
    void theSchedulerRoleIsAssumableOnlyByEventBridgeSchedulerOfThisAccount() {
        synth.template().hasResourceProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Map.of(
                "Statement", List.of(Map.of("Action", "sts:AssumeRole", "Effect", "Allow",
                        "Principal", Map.of("Service", "scheduler.amazonaws.com"),
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId"))))),
                "Version", "2012-10-17")));
    }

    @Test
    void theDeadLetterQueueIsEncryptedTlsOnlyAndAlarmed() {
        String dlq = Cfn.logicalId(synth.stack(), synth.stack().sweepDeadLetters());
        synth.template().hasResourceProperties("AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true,
                "MessageRetentionPeriod", 14 * 24 * 3600));
        synth.template().hasResourceProperties("AWS::SQS::QueuePolicy", Map.of("PolicyDocument", Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))),
                "Version", "2012-10-17")));
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/SQS", "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName", "Value", Map.of("Fn::GetAtt", List.of(dlq, "QueueName")))),
                "Threshold", 1, "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "AlarmActions", Match.anyValue()));
    }

    @Test
    void silenceOfTheScheduleRaisesAnAlarm() {
        String sweep = Cfn.logicalId(synth.stack(), synth.stack().functions().get(FunctionGroup.SWEEP));
        synth.template().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/Lambda", "MetricName", "Invocations",
                "Dimensions", List.of(Map.of("Name", "FunctionName", "Value", Map.of("Ref", sweep))),
                "Period", 3600, "Threshold", 3, "ComparisonOperator", "LessThanThreshold",
                "TreatMissingData", "breaching", "AlarmActions", Match.anyValue()));
    }
}
