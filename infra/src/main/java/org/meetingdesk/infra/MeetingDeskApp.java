package org.meetingdesk.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: {@code cd infra && npx aws-cdk@2.1148.1 synth} runs this (see cdk.json). Account
 * and region come from the CLI's environment ({@code CDK_DEFAULT_ACCOUNT}/{@code CDK_DEFAULT_REGION}).
 */
public final class MeetingDeskApp {

    public static final String STACK_NAME = "MeetingDeskStack";

    private MeetingDeskApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        build(app, Environment.builder()
                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                .region(System.getenv("CDK_DEFAULT_REGION")).build());
        app.synth();
    }

    /** The stack with its tags and the cdk-nag AwsSolutions checks (unsuppressed findings fail synth). */
    public static MeetingDeskStack build(App app, Environment env) {
        MeetingDeskStack stack = new MeetingDeskStack(app, STACK_NAME, StackProps.builder().env(env)
                .description("Meeting Desk: ITU-T study-group meetings as serverless functions").build(),
                StackSettings.from(app.getNode()));
        Tags.of(stack).add("app", "meeting-desk");
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }
}
