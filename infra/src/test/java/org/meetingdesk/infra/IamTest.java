package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Least privilege: no `*` on `*` anywhere; read-only groups cannot write; only the contributions group touches documents. */
class IamTest {

    private final Synth.Result synth = Synth.nativeStack();

    @Test
    void noStatementAllowsEveryActionOnEveryResource() {
        Cfn.statementsByRole(synth.template()).forEach((role, statements) -> {
            for (Map<String, Object> s : statements) {
                boolean anyAction = Cfn.list(s.get("Action")).stream().anyMatch(a -> "*".equals(a));
                boolean anyResource = Cfn.list(s.get("Resource")).stream().anyMatch(r -> "*".equals(r));
                assertFalse(anyAction && anyResource, role + " has * on *: " + s);
                assertFalse(anyAction, role + " allows every action: " + s);
            }
        });
    }

    @Test
    void appRolesUseNoWildcardActionsAndNoManagedPolicies() {
        for (FunctionGroup group : FunctionGroup.values()) {
            String role = roleOf(group);
            for (Map<String, Object> s : Cfn.statementsByRole(synth.template()).get(role)) {
                for (Object action : Cfn.list(s.get("Action"))) {
                    assertFalse(action.toString().contains("*"), group.id() + ": " + action);
                }
                assertEquals("Allow", s.get("Effect"));
            }
            Map<String, Object> props = Cfn.props(Cfn.resources(synth.template(), "AWS::IAM::Role").get(role));
            assertFalse(props.containsKey("ManagedPolicyArns"), group.id() + " must not use managed policies");
        }
    }

    @Test
    void readOnlyGroupsGetOnlyGetItemQueryAndBatchGetItem() {
        for (FunctionGroup group : FunctionGroup.values()) {
            Set<String> dynamo = actions(group, "dynamodb:");
            if (group.table() == FunctionGroup.TableAccess.READ) {
                assertEquals(Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"), dynamo, group.id());
            } else {
                assertTrue(dynamo.containsAll(MeetingDeskStack.TABLE_WRITE_ACTIONS), group.id());
            }
            assertFalse(dynamo.contains("dynamodb:Scan"), group.id() + ": no scans on a request path");
        }
        assertEquals(FunctionGroup.TableAccess.READ, FunctionGroup.PUBLIC_READ.table(), "the public path is read-only");
    }

    @Test
    void tableStatementsNameTheTableAndItsTwoIndexesExactly() {
        String table = Cfn.logicalId(synth.stack(), synth.stack().table());
        for (FunctionGroup group : FunctionGroup.values()) {
            for (Map<String, Object> s : Cfn.statementsByRole(synth.template()).get(roleOf(group))) {
                if (Cfn.list(s.get("Action")).stream().anyMatch(a -> a.toString().startsWith("dynamodb:"))) {
                    Set<String> resources = new TreeSet<>();
                    Cfn.list(s.get("Resource")).forEach(r -> resources.add(Cfn.text(r)));
                    assertTrue(resources.contains("<ref:" + table + ">"), group.id() + " " + resources);
                    for (String r : resources) {
                        assertTrue(r.equals("<ref:" + table + ">") || r.equals("<ref:" + table + ">/index/GSI1")
                                || r.equals("<ref:" + table + ">/index/GSI2"), group.id() + ": " + r);
                    }
                }
            }
        }
    }

    @Test
    void onlyContributionsReadAndWriteDocumentsAndNobodyDeletesThem() {
        for (FunctionGroup group : FunctionGroup.values()) {
            Set<String> s3 = actions(group, "s3:");
            assertEquals(group == FunctionGroup.CONTRIBUTIONS ? Set.of("s3:GetObject", "s3:PutObject") : Set.of(), s3,
                    group.id());
        }
    }

    @Test
    void theSchedulerRoleMayOnlyInvokeTheSweepAndFeedItsDeadLetterQueue() {
        String role = Cfn.logicalId(synth.stack(), synth.stack().schedulerRole());
        Set<String> actions = new TreeSet<>();
        for (Map<String, Object> s : Cfn.statementsByRole(synth.template()).get(role)) {
            Cfn.list(s.get("Action")).forEach(a -> actions.add(a.toString()));
        }
        assertEquals(Set.of("lambda:InvokeFunction", "sqs:SendMessage"), actions);
    }

    private String roleOf(FunctionGroup group) {
        Map<String, Object> fn = Cfn.props(Cfn.resources(synth.template(), "AWS::Lambda::Function")
                .get(Cfn.logicalId(synth.stack(), synth.stack().functions().get(group))));
        return Cfn.refId(fn.get("Role"));
    }

    private Set<String> actions(FunctionGroup group, String prefix) {
        Set<String> out = new TreeSet<>();
        List<Map<String, Object>> statements = Cfn.statementsByRole(synth.template()).get(roleOf(group));
        for (Map<String, Object> s : statements) {
            Cfn.list(s.get("Action")).stream().map(Object::toString).filter(a -> a.startsWith(prefix)).forEach(out::add);
        }
        return out;
    }
}
