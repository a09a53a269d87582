package org.meetingdesk.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import software.constructs.Node;

/**
 * Everything a deployment may choose, read from CDK context ({@code -c key=value} or cdk.json).
 *
 * @param functionAsset  the Lambda artifact (Quarkus {@code target/function.zip}); a missing file
 *                       falls back to {@link #PLACEHOLDER_ASSET} so synth works before a build,
 *                       unless {@code requireFunctionAsset} is true (the release workflow)
 * @param jvm            {@code runtime=jvm}: managed java21 with SnapStart instead of native
 * @param siteDir        the hosted page's static files, uploaded to the site bucket; skipped when
 *                       the directory does not exist
 * @param mailFrom       sender address, verified as an SES identity unless {@code mailDomain} is set
 * @param mailDomain     optional: verify a whole domain (DKIM records to publish) instead
 * @param smtpSecretName optional: Secrets Manager secret with {@code username}/{@code password}
 *                       (SES SMTP credentials); without it mail is logged, not sent
 * @param alarmEmail     optional: subscribed to the alarm topic
 * @param authDomainPrefix the Cognito hosted UI's domain prefix (unique per region)
 * @param apiRateLimit   steady requests per second, per route (the stage's default route settings)
 * @param apiBurstLimit  burst per route
 */
public record StackSettings(Path functionAsset, boolean jvm, Path siteDir, String mailFrom, String mailDomain,
        String smtpSecretName, String alarmEmail, String authDomainPrefix, int apiRateLimit, int apiBurstLimit) {

    /** A directory with a {@code bootstrap} that fails loudly: "deployed without the artifact". */
    public static final Path PLACEHOLDER_ASSET = Path.of("placeholder");

    public static StackSettings from(Node node) {
        boolean require = Boolean.parseBoolean(text(node, "requireFunctionAsset", "false"));
        Path asset = Path.of(text(node, "functionAsset", "../target/function.zip"));
        if (!Files.exists(asset)) {
            if (require) {
                throw new IllegalStateException("functionAsset " + asset.toAbsolutePath()
                        + " does not exist: build it first (./mvnw package -Dnative ...)");
            }
            asset = PLACEHOLDER_ASSET;
        }
        String runtime = text(node, "runtime", "native");
        if (!runtime.equals("native") && !runtime.equals("jvm")) {
            throw new IllegalArgumentException("context runtime must be native or jvm, not " + runtime);
        }
        boolean jvm = runtime.equals("jvm");
        if (!asset.equals(PLACEHOLDER_ASSET)) {
            String mismatch = artifactMismatch(asset, jvm);
            if (mismatch != null) {
                if (require) {
                    throw new IllegalStateException(mismatch);
                }
                System.err.println("WARNING: " + mismatch + "; synthesizing with the placeholder artifact");
                asset = PLACEHOLDER_ASSET;
            }
        }
        return new StackSettings(asset, jvm,
                Path.of(text(node, "siteDir", "../src/main/resources/META-INF/resources")),
                text(node, "mailFrom", "meetingdesk@example.org"),
                text(node, "mailDomain", null),
                text(node, "smtpSecretName", null),
                text(node, "alarmEmail", null),
                text(node, "authDomainPrefix", null),
                Integer.parseInt(text(node, "apiRateLimit", "100")),
                Integer.parseInt(text(node, "apiBurstLimit", "200")));
    }

    /**
     * A native Quarkus function.zip holds the executable {@code bootstrap} at its root; the JVM one
     * holds jars. Deploying one on the other runtime fails only at the first request, so say it now.
     *
     * @return why the artifact does not fit the runtime, or null when it does
     */
    static String artifactMismatch(Path asset, boolean jvm) {
        if (!asset.toString().endsWith(".zip")) {
            return null;
        }
        try (ZipFile zip = new ZipFile(asset.toFile())) {
            boolean nativeImage = zip.getEntry("bootstrap") != null;
            if (jvm && nativeImage) {
                return asset + " is a native build but runtime=jvm was asked for";
            }
            if (!jvm && !nativeImage) {
                return asset + " is a JVM build (no bootstrap): build with -Dnative or deploy with -c runtime=jvm";
            }
            return null;
        } catch (IOException e) {
            return asset + " is not a readable zip: " + e.getMessage();
        }
    }

    public boolean placeholderAsset() {
        return functionAsset.equals(PLACEHOLDER_ASSET);
    }

    private static String text(Node node, String key, String fallback) {
        Object value = node.tryGetContext(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        return value.toString();
    }
}
