package org.meetingdesk.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * Synthesizes the stack offline the way {@code cdk synth} does: the context of cdk.json (feature
 * flags included), a dummy account and region, the placeholder artifact, plus per-test overrides.
 * Each distinct context is synthesized once per test run (synthesis takes seconds).
 */
final class Synth {

    static final Environment ENV = Environment.builder().account("123456789012").region("eu-central-2").build();

    record Result(MeetingDeskStack stack, Template template, Annotations annotations, Path outdir) {

        List<SynthesisMessage> nagErrors() {
            return annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        }

        List<SynthesisMessage> nagWarnings() {
            return annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        }
    }

    private static final Map<Map<String, Object>, Result> CACHE = new HashMap<>();

    private Synth() {
    }

    static synchronized Result of(Map<String, Object> overrides) {
        return CACHE.computeIfAbsent(Map.copyOf(overrides), Synth::synth);
    }

    static Result nativeStack() {
        return of(Map.of());
    }

    private static Result synth(Map<String, Object> overrides) {
        Map<String, Object> context = new HashMap<>(cdkJsonContext());
        // Never the real artifact in tests: the result must not depend on whether the app was built.
        context.put("functionAsset", "does-not-exist/function.zip");
        context.putAll(overrides);
        App app = new App(AppProps.builder().context(context).build());
        MeetingDeskStack stack = MeetingDeskApp.build(app, ENV);
        Template template = Template.fromStack(stack);
        return new Result(stack, template, Annotations.fromStack(stack), Path.of(app.getOutdir()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cdkJsonContext() {
        try {
            Map<String, Object> cdk = new ObjectMapper().readValue(Files.readString(Path.of("cdk.json")), Map.class);
            return (Map<String, Object>) cdk.get("context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
