package org.meetingdesk.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.assertions.Template;

/** Small readers over the synthesized template (plain maps), for assertions the matchers cannot say. */
final class Cfn {

    private Cfn() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> resources(Template template, String type) {
        Map<String, Object> all = (Map<String, Object>) template.toJSON().get("Resources");
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        all.forEach((id, r) -> {
            Map<String, Object> resource = (Map<String, Object>) r;
            if (type.equals(resource.get("Type"))) {
                out.put(id, resource);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> props(Map<String, Object> resource) {
        return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    static Object path(Object node, String... keys) {
        Object at = node;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = ((Map<String, Object>) map).get(key);
        }
        return at;
    }

    /** {@code {"Ref": id}} or {@code {"Fn::GetAtt": [id, ...]}}: the logical id referred to, else null. */
    @SuppressWarnings("unchecked")
    static String refId(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("Ref") instanceof String ref) {
                return ref;
            }
            if (map.get("Fn::GetAtt") instanceof List<?> att) {
                return (String) att.get(0);
            }
        }
        return null;
    }

    /**
     * Flattens {@code Fn::Join ["", parts]} to one string, writing each reference as
     * {@code <ref:LogicalId>} (or {@code <ref:AWS::AccountId>}), so JSON built from tokens can be parsed.
     */
    @SuppressWarnings("unchecked")
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        String ref = refId(value);
        if (ref != null) {
            return "<ref:" + ref + ">";
        }
        if (value instanceof Map<?, ?> map && map.get("Fn::Join") instanceof List<?> join) {
            StringBuilder out = new StringBuilder();
            List<Object> parts = (List<Object>) join.get(1);
            for (Object part : parts) {
                out.append(text(part));
            }
            return out.toString();
        }
        throw new IllegalArgumentException("cannot flatten " + value);
    }

    /** Statement lists of every IAM policy (and inline role policy) keyed by the role they attach to. */
    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, Object>>> statementsByRole(Template template) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        resources(template, "AWS::IAM::Policy").forEach((id, policy) -> {
            Map<String, Object> props = props(policy);
            List<Object> roles = (List<Object>) props.getOrDefault("Roles", List.of());
            List<Map<String, Object>> statements = (List<Map<String, Object>>) path(props, "PolicyDocument", "Statement");
            for (Object role : roles) {
                out.computeIfAbsent(refId(role), k -> new java.util.ArrayList<>()).addAll(statements);
            }
        });
        resources(template, "AWS::IAM::Role").forEach((id, role) -> {
            for (Object p : (List<Object>) props(role).getOrDefault("Policies", List.of())) {
                out.computeIfAbsent(id, k -> new java.util.ArrayList<>())
                        .addAll((List<Map<String, Object>>) path(p, "PolicyDocument", "Statement"));
            }
        });
        return out;
    }

    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? List.copyOf(l) : List.of(value);
    }

    /** The logical id of the CloudFormation resource behind a construct. */
    static String logicalId(MeetingDeskStack stack, software.constructs.IConstruct construct) {
        return stack.getLogicalId((software.amazon.awscdk.CfnElement) construct.getNode().getDefaultChild());
    }
}
