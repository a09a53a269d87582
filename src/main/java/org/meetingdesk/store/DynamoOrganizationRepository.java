package org.meetingdesk.store;

import static org.meetingdesk.store.DynamoTable.n;
import static org.meetingdesk.store.DynamoTable.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.organization.AutoApprovalScope;
import org.meetingdesk.organization.AutoApprovalSettings;
import org.meetingdesk.organization.Organization;
import org.meetingdesk.organization.OrganizationRepository;
import org.meetingdesk.problem.DeskException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Organizations and their automatic-approval rules in the one table (see {@link Keys}). */
@ApplicationScoped
public class DynamoOrganizationRepository implements OrganizationRepository {

    private final DynamoTable table;
    private final Json json;

    public DynamoOrganizationRepository(DynamoTable table, Json json) {
        this.table = table;
        this.json = json;
    }

    @Override
    public Optional<Organization> find(String id) {
        return table.get(Keys.organization(id), Keys.meta()).map(i -> json.read(i.get("doc").s(), Organization.class));
    }

    @Override
    public void save(Organization org, long expectedRevision) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.organization(org.id())));
        item.put(Keys.SK, s(Keys.meta()));
        item.put(Keys.GSI2PK, s(Keys.allOrganizations()));
        item.put(Keys.GSI2SK, s(org.id()));
        item.put("type", s("organization"));
        item.put("revision", n(org.revision()));
        item.put("doc", s(json.write(org)));
        Put.Builder put = Put.builder().tableName(table.name()).item(item);
        if (expectedRevision == 0) {
            put.conditionExpression("attribute_not_exists(PK)");
        } else {
            put.conditionExpression("revision = :expected").expressionAttributeValues(Map.of(":expected", n(expectedRevision)));
        }
        try {
            table.transact(List.of(TransactWriteItem.builder().put(put.build()).build()));
        } catch (DynamoTable.ConditionFailed e) {
            throw DeskException.conflict("concurrent-update",
                    "organization " + org.id() + " was changed by someone else meanwhile; read it again and retry");
        }
    }

    @Override
    public List<Organization> list() {
        List<Organization> result = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().indexName(Keys.GSI2)
                    .keyConditionExpression("GSI2PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(Keys.allOrganizations())));
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse r = table.query(q);
            r.items().forEach(i -> result.add(json.read(i.get("doc").s(), Organization.class)));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return result;
    }

    @Override
    public void saveRule(String organization, AutoApprovalScope scope, String target, boolean enabled) {
        Map<String, AttributeValue> key = Map.of(Keys.PK, s(Keys.organization(organization)),
                Keys.SK, s(Keys.autoApproval(scope.name(), target)));
        TransactWriteItem write;
        if (enabled) {
            Map<String, AttributeValue> item = new HashMap<>(key);
            item.put("type", s("auto-approval"));
            item.put("scope", s(scope.name()));
            item.put("target", s(target));
            write = TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item).build()).build();
        } else {
            write = TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(key).build()).build();
        }
        table.transact(List.of(write));
    }

    @Override
    public Optional<WithSettings> findWithSettings(String id) {
        // The organization and its rules share one partition (ORG#id: META and AUTO#...), so one
        // key query returns both. A partition holds one item per rule: far below a page.
        QueryResponse r = table.query(QueryRequest.builder().consistentRead(true)
                .keyConditionExpression("PK = :pk").expressionAttributeValues(Map.of(":pk", s(Keys.organization(id)))));
        return r.items().stream().filter(i -> i.get(Keys.SK).s().equals(Keys.meta())).findFirst()
                .map(i -> json.read(i.get("doc").s(), Organization.class))
                .map(org -> new WithSettings(org, settings(org, r.items())));
    }

    @Override
    public AutoApprovalSettings settings(Organization org) {
        return settings(org, table.query(QueryRequest.builder().consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :auto)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.organization(org.id())), ":auto", s(Keys.autoApprovalPrefix()))))
                .items());
    }

    /** The rules among an organization partition's items (other items are skipped). */
    private static AutoApprovalSettings settings(Organization org, List<Map<String, AttributeValue>> items) {
        List<String> groups = new ArrayList<>();
        List<String> meetings = new ArrayList<>();
        for (Map<String, AttributeValue> i : items) {
            if (i.get(Keys.SK).s().startsWith(Keys.autoApprovalPrefix())) {
                (AutoApprovalScope.GROUP.name().equals(i.get("scope").s()) ? groups : meetings).add(i.get("target").s());
            }
        }
        return new AutoApprovalSettings(org.id(), org.autoApproval(), groups, meetings);
    }
}
