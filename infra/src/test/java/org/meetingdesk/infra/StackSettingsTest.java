package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/** The artifact must fit the runtime; a deploy never silently ships the placeholder. */
class StackSettingsTest {

    @TempDir
    Path dir;

    private Path zip(String name, String entry) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(1);
            z.closeEntry();
        }
        return zip;
    }

    private static StackSettings settings(Map<String, Object> context) {
        return StackSettings.from(new App(AppProps.builder().context(context).build()).getNode());
    }

    @Test
    void nativeArtifactFitsOnlyTheNativeRuntime() throws IOException {
        Path nativeZip = zip("native.zip", "bootstrap");
        Path jvmZip = zip("jvm.zip", "lib/io.quarkus.quarkus-bootstrap-runner.jar");
        assertNull(StackSettings.artifactMismatch(nativeZip, false));
        assertNull(StackSettings.artifactMismatch(jvmZip, true));
        assertNotNull(StackSettings.artifactMismatch(nativeZip, true));
        assertNotNull(StackSettings.artifactMismatch(jvmZip, false));
    }

    @Test
    void aDeployRefusesAMissingOrMismatchedArtifact() throws IOException {
        assertThrows(IllegalStateException.class, () -> settings(Map.of(
                "requireFunctionAsset", "true", "functionAsset", dir.resolve("missing.zip").toString())));
        Path jvmZip = zip("jvm.zip", "lib/x.jar");
        assertThrows(IllegalStateException.class, () -> settings(Map.of(
                "requireFunctionAsset", "true", "functionAsset", jvmZip.toString())));
        assertEquals(jvmZip, settings(Map.of("requireFunctionAsset", "true", "functionAsset", jvmZip.toString(),
                "runtime", "jvm")).functionAsset());
    }

    @Test
    void synthWithoutABuildUsesThePlaceholder() {
        StackSettings s = settings(Map.of("functionAsset", dir.resolve("missing.zip").toString()));
        assertTrue(s.placeholderAsset());
        assertTrue(Files.isExecutable(StackSettings.PLACEHOLDER_ASSET.resolve("bootstrap")));
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("runtime", "graal")));
    }
}
