package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * What CloudFormation would reject at deploy time and synth does not check: a reference to a
 * resource that does not exist, or a dependency cycle (the page URL flows into the functions, the
 * functions into the API routes, the API into CloudFront — one wrong edge closes a loop).
 */
class TemplateGraphTest {

    @Test
    void nativeTemplateIsAcyclicWithNoDanglingReferences() {
        check(Synth.nativeStack());
    }

    @Test
    void jvmTemplateIsAcyclicWithNoDanglingReferences() {
        check(Synth.of(Map.of("runtime", "jvm")));
    }

    @SuppressWarnings("unchecked")
    private static void check(Synth.Result synth) {
        Map<String, Object> template = synth.template().toJSON();
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        Set<String> known = new HashSet<>(resources.keySet());
        known.addAll(((Map<String, Object>) template.getOrDefault("Parameters", Map.of())).keySet());
        Map<String, Set<String>> edges = new HashMap<>();
        resources.forEach((id, r) -> {
            Set<String> deps = new HashSet<>();
            collect(((Map<String, Object>) r).get("Properties"), deps);
            Cfn.list(((Map<String, Object>) r).get("DependsOn")).forEach(d -> deps.add(d.toString()));
            deps.removeIf(d -> d.startsWith("AWS::"));
            for (String d : deps) {
                assertTrue(known.contains(d), id + " refers to unknown " + d);
            }
            deps.retainAll(resources.keySet());
            edges.put(id, deps);
        });
        List<String> cycle = findCycle(edges);
        assertEquals(List.of(), cycle, "dependency cycle");
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, Set<String> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("Ref") instanceof String ref) {
                out.add(ref);
            }
            if (map.get("Fn::GetAtt") instanceof List<?> att) {
                out.add(att.get(0).toString());
            }
            if (map.get("Fn::Sub") != null) {
                throw new AssertionError("Fn::Sub not expected: " + map);
            }
            map.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }

    private static List<String> findCycle(Map<String, Set<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the stack, 2 = done
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, edges, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(String node, Map<String, Set<String>> edges, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null) {
            if (s == 1) {
                path.add(node);
                return true;
            }
            return false;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (visit(next, edges, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return false;
    }
}
