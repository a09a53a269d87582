package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** One function per group, all from the same artifact, native by default and java21+SnapStart on request. */
class FunctionsTest {

    private static Map<String, Object> appFunction(Synth.Result synth, FunctionGroup group) {
        return Cfn.props(Cfn.resources(synth.template(), "AWS::Lambda::Function")
                .get(Cfn.logicalId(synth.stack(), synth.stack().functions().get(group))));
    }

    @Test
    void nativeFunctionsShareOneArtifactOnArm64() {
        Synth.Result synth = Synth.nativeStack();
        Object code = null;
        for (FunctionGroup group : FunctionGroup.values()) {
            Map<String, Object> fn = appFunction(synth, group);
            assertEquals("provided.al2023", fn.get("Runtime"), group.id());
            assertEquals(java.util.List.of("arm64"), fn.get("Architectures"), group.id());
            assertEquals(MeetingDeskStack.NATIVE_HANDLER, fn.get("Handler"), group.id());
            assertEquals(group.memoryMb(false), fn.get("MemorySize"), group.id());
            assertEquals(group.timeoutSeconds(), fn.get("Timeout"), group.id());
            if (code != null) {
                assertEquals(code, fn.get("Code"), "every group runs the same artifact");
            }
            code = fn.get("Code");
            Map<?, ?> env = (Map<?, ?>) Cfn.path(fn, "Environment", "Variables");
            assertEquals(Cfn.logicalId(synth.stack(), synth.stack().table()), Cfn.refId(env.get("MEETINGDESK_TABLE")));
            assertTrue(Cfn.text(env.get("JWT_ISSUER")).startsWith("https://cognito-idp."), group.id());
            assertTrue(Cfn.text(env.get("JWT_JWKS_URL")).endsWith("/.well-known/jwks.json"), group.id());
            assertEquals("true", env.get("DISABLE_SIGNAL_HANDLERS"));
            assertEquals(group.documents(), env.containsKey("MEETINGDESK_DOCUMENTS_BUCKET"), group.id());
            assertEquals(group.mail(), env.containsKey("QUARKUS_MAILER_HOST"), group.id());
        }
        // Route timeouts stay under API Gateway's 30 s.
        for (FunctionGroup group : FunctionGroup.values()) {
            if (group != FunctionGroup.SWEEP) {
                assertTrue(group.timeoutSeconds() < 30, group.id());
            }
        }
        // Without SMTP credentials mail is logged, not sent.
        assertEquals("true", ((Map<?, ?>) Cfn.path(appFunction(synth, FunctionGroup.REGISTRATION), "Environment",
                "Variables")).get("QUARKUS_MAILER_MOCK"));
    }

    @Test
    void callersInvokeAPublishedAlias() {
        Synth.Result synth = Synth.nativeStack();
        assertEquals(FunctionGroup.values().length,
                Cfn.resources(synth.template(), "AWS::Lambda::Alias").size());
        synth.template().allResourcesProperties("AWS::Lambda::Alias", Map.of("Name", MeetingDeskStack.ALIAS));
    }

    @Test
    void runtimeJvmSwitchesToJava21WithSnapStart() {
        Synth.Result synth = Synth.of(Map.of("runtime", "jvm"));
        for (FunctionGroup group : FunctionGroup.values()) {
            Map<String, Object> fn = appFunction(synth, group);
            assertEquals("java21", fn.get("Runtime"), group.id());
            assertEquals(MeetingDeskStack.JVM_HANDLER, fn.get("Handler"));
            assertEquals(Map.of("ApplyOn", "PublishedVersions"), fn.get("SnapStart"), group.id());
            assertEquals(java.util.List.of("arm64"), fn.get("Architectures"));
            assertEquals(group.memoryMb(true), fn.get("MemorySize"), group.id());
        }
        assertEquals("", NagTest.describe(synth.nagErrors()), "cdk-nag on the JVM variant");
        assertEquals("", NagTest.describe(synth.nagWarnings()), "cdk-nag warnings on the JVM variant");
        assertEquals(0, synth.annotations().findWarning("*", software.amazon.awscdk.assertions.Match.anyValue()).size(),
                "no CDK warnings (SnapStart publishing is acknowledged)");
    }

    @Test
    void smtpCredentialsComeFromTheNamedSecretAtDeployTime() {
        Synth.Result synth = Synth.of(Map.of("smtpSecretName", "meetingdesk/ses-smtp"));
        Map<?, ?> env = (Map<?, ?>) Cfn.path(appFunction(synth, FunctionGroup.SWEEP), "Environment", "Variables");
        assertEquals("false", env.get("QUARKUS_MAILER_MOCK"));
        assertTrue(Cfn.text(env.get("QUARKUS_MAILER_PASSWORD"))
                .contains("{{resolve:secretsmanager:meetingdesk/ses-smtp:SecretString:password"));
        // Never in a read-only public function.
        synth.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Description", Match.stringLikeRegexp("Meeting Desk public-read.*"),
                "Environment", Map.of("Variables", Match.objectLike(Map.of("QUARKUS_MAILER_PASSWORD", Match.absent())))));
    }
}
