package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The catalogue against the application's source: every {@code @Funq} function is routed (else it
 * would be unreachable on AWS), and a function is public here exactly when the app says
 * {@code @PermitAll}. The root project's classes are not on this project's classpath, so the
 * source is read; the pattern is the one every {@code *Functions} class follows.
 */
class CatalogueTest {

    /** name -> annotations between {@code @Funq} and the method signature. */
    record AppFunction(String name, String annotations, Path file) {
        boolean permitAll() {
            return annotations.contains("@PermitAll");
        }
    }

    private static final Pattern FUNQ = Pattern.compile(
            "@Funq(?:\\(\\s*\"([^\"]+)\"\\s*\\))?((?:\\s*@[\\w.]+(?:\\([^)]*\\))?)*)\\s*public\\s+[\\w<>,.?\\[\\]\\s]+?\\s+(\\w+)\\s*\\(");

    static List<AppFunction> appFunctions() throws IOException {
        List<AppFunction> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = FUNQ.matcher(source);
                while (m.find()) {
                    out.add(new AppFunction(m.group(1) != null ? m.group(1) : m.group(3), m.group(2), file));
                }
            }
        }
        return out;
    }

    @Test
    void theParserFindsTheFoundationsFunctions() throws IOException {
        Set<String> names = appFunctions().stream().map(AppFunction::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("meetings", "meeting", "deadlines", "checkDeadline", "publishMeeting")), names.toString());
    }

    @Test
    void everyApplicationFunctionIsInTheCatalogueWithTheSameAccess() throws IOException {
        Map<String, Functions> catalogue = new HashMap<>();
        Arrays.stream(Functions.values()).forEach(f -> catalogue.put(f.functionName(), f));
        for (AppFunction app : appFunctions()) {
            Functions f = catalogue.get(app.name());
            assertTrue(f != null, app.name() + " (" + app.file() + ") is not in infra's Functions catalogue: "
                    + "it would have no route on AWS. Add a row naming its group and callers.");
            assertEquals(app.permitAll(), f.isPublic(), app.name() + ": @PermitAll in the app must match a public "
                    + "route (no authorizer) in the catalogue, and @RolesAllowed a protected one");
        }
    }

    @Test
    void catalogueNamesAreUniqueAndEveryRoutedGroupHasAFunction() {
        Set<String> names = Arrays.stream(Functions.values()).map(Functions::functionName).collect(Collectors.toSet());
        assertEquals(Functions.values().length, names.size());
        for (FunctionGroup group : FunctionGroup.values()) {
            assertEquals(group == FunctionGroup.SWEEP, Functions.of(group).isEmpty(), group.id());
        }
        assertFalse(Functions.of(FunctionGroup.PUBLIC_READ).stream().anyMatch(f -> !f.isPublic()),
                "the read-only public group serves only public functions");
    }
}
