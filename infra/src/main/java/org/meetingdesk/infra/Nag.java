package org.meetingdesk.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.CfnElement;
import software.constructs.IConstruct;

/**
 * The only cdk-nag (AwsSolutions) findings this stack accepts, each on the one resource it concerns
 * and with the reason. Anything else fails {@code cdk synth} and the NagTest. Never suppress a rule
 * for the whole stack: a new resource must earn its own exception.
 */
final class Nag {

    private Nag() {
    }

    static void suppress(MeetingDeskStack stack) {
        // Public functions: public by design (DESIGN.md section 4).
        for (var route : stack.publicRoutes()) {
            NagSuppressions.addResourceSuppressions(route, List.of(rule("AwsSolutions-APIG4",
                    "Public by design: meetings, deadlines, calendars, agendas and organizations come from public "
                            + "collective letters; verifyRemoteAccess is called by the remote meeting tool and its "
                            + "credential is the signed, expiring join token it verifies. Every route is throttled "
                            + "by the stage, and the function behind it has a read-only role (public-read) or checks "
                            + "the token itself (verifyRemoteAccess).")));
        }

        if (stack.settings().jvm()) {
            // Only in the runtime=jvm fallback; the default (native, provided.al2023) is compliant.
            for (var fn : stack.functions().values()) {
                NagSuppressions.addResourceSuppressions(fn, List.of(rule("AwsSolutions-L1",
                        "The JVM fallback deliberately runs java21: the Quarkus 3.34 application is compiled for "
                                + "Java 17+ and tested on 17 and 21, and SnapStart is proven on java21. Move to the "
                                + "newest Java runtime together with the application's toolchain.")));
            }
        }

        NagSuppressions.addResourceSuppressions(node(stack, "Users"), List.of(rule("AwsSolutions-COG3",
                "Cognito threat protection (Plus feature plan) is billed per monthly active user and would be the "
                        + "largest fixed cost of an otherwise pay-per-request system. Mitigated by a 12-character "
                        + "password policy with all character classes, optional TOTP MFA, e-mail-only recovery and "
                        + "user-existence errors hidden. Switch featurePlan to PLUS when the budget allows.")));

        NagSuppressions.addResourceSuppressions(node(stack, "Users"), List.of(rule("AwsSolutions-COG2",
                "MFA is optional (TOTP) rather than required: delegates of many administrations sign in a few "
                        + "times a year, often from shared devices; requiring MFA would lock many out. The roles that "
                        + "change data (focal-point, secretariat) are granted by the secretariat, who should require "
                        + "MFA of those users (Cognito admin API).")));

        NagSuppressions.addResourceSuppressions(node(stack, "Cdn"), List.of(
                rule("AwsSolutions-CFR1", "No geo restriction: ITU-T study groups have members in every region "
                        + "of the world, and the letters invite all of them."),
                rule("AwsSolutions-CFR2", "No WAF: a web ACL costs a fixed monthly fee per ACL and rule, the "
                        + "largest idle cost of this stack. The API is throttled at the stage, public functions are "
                        + "read-only, everything else needs a Cognito token. Attach a web ACL (webAclId) when traffic "
                        + "warrants it.")));

        NagSuppressions.addResourceSuppressions(node(stack, "Cdn"), List.of(rule("AwsSolutions-CFR4",
                "The distribution uses the default *.cloudfront.net certificate, whose security policy cannot be "
                        + "raised. Give it a custom domain with an ACM certificate (minimumProtocolVersion "
                        + "TLSv1.2_2021, the cdk.json default) to comply; infra/README.md describes how.")));

        NagSuppressions.addResourceSuppressions(stack.sweepDeadLetters(), List.of(rule("AwsSolutions-SQS3",
                "This queue IS a dead-letter queue: the sweep schedule's DeadLetterConfig (EventBridge Scheduler), "
                        + "which cdk-nag does not recognize as a DLQ use. An alarm fires on its first message.")));

        String documents = stack.getLogicalId((CfnElement) stack.documents().getNode().getDefaultChild());
        NagSuppressions.addResourceSuppressions(node(stack, "ContributionsRole"), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Contribution files are objects keyed per meeting and document number, created at run time; "
                        + "the role may only GetObject/PutObject, only in the documents bucket (no delete, no list).")
                .appliesTo(List.of("Resource::<" + documents + ".Arn>/*")).build()), true);

        // aws-cdk-lib's BucketDeployment: a deploy-time helper that copies the page into the site bucket.
        for (IConstruct child : stack.getNode().getChildren()) {
            if (child.getNode().getId().startsWith("Custom::CDKBucketDeployment")) {
                NagSuppressions.addResourceSuppressions(child, List.of(
                        rule("AwsSolutions-L1", "Runtime chosen and upgraded by aws-cdk-lib's BucketDeployment; "
                                + "runs only during deployments to copy the page, never on a request path."),
                        rule("AwsSolutions-IAM4", "AWSLambdaBasicExecutionRole (CloudWatch Logs only) attached by "
                                + "aws-cdk-lib's BucketDeployment to its deploy-time copy function."),
                        rule("AwsSolutions-IAM5", "Generated by aws-cdk-lib's BucketDeployment: read the CDK asset "
                                + "bucket, write the site bucket, invalidate the distribution (CloudFront invalidation "
                                + "is granted on *). Deploy-time only.")), true);
            }
        }
    }

    private static IConstruct node(MeetingDeskStack stack, String id) {
        return stack.getNode().findChild(id);
    }

    private static NagPackSuppression rule(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }
}
