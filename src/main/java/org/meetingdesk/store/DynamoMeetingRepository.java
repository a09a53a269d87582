package org.meetingdesk.store;

import static org.meetingdesk.store.DynamoTable.n;
import static org.meetingdesk.store.DynamoTable.s;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.deadline.ScheduledEffect;
import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingRepository;
import org.meetingdesk.problem.DeskException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Meetings and their deadline index in the one table (see {@link Keys}). */
@ApplicationScoped
public class DynamoMeetingRepository implements MeetingRepository {

    private final DynamoTable table;
    private final Json json;

    public DynamoMeetingRepository(DynamoTable table, Json json) {
        this.table = table;
        this.json = json;
    }

    @Override
    public Optional<Meeting> find(String id) {
        return table.get(Keys.meeting(id), Keys.meta()).map(item -> json.read(item.get("doc").s(), Meeting.class));
    }

    @Override
    public void save(Meeting meeting, List<ScheduledEffect> arm, List<String> disarm, long expectedRevision) {
        String pk = Keys.meeting(meeting.id());
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(pk));
        item.put(Keys.SK, s(Keys.meta()));
        item.put(Keys.GSI1PK, s(Keys.group(meeting.group())));
        item.put(Keys.GSI1SK, s(Keys.byStart(meeting.start(), meeting.id())));
        item.put(Keys.GSI2PK, s(Keys.allMeetings()));
        item.put(Keys.GSI2SK, s(Keys.byStart(meeting.start(), meeting.id())));
        item.put("type", s("meeting"));
        item.put("revision", n(meeting.revision()));
        item.put("doc", s(json.write(meeting)));
        Put.Builder put = Put.builder().tableName(table.name()).item(item);
        if (expectedRevision == 0) {
            put.conditionExpression("attribute_not_exists(PK)");
        } else {
            put.conditionExpression("revision = :expected").expressionAttributeValues(Map.of(":expected", n(expectedRevision)));
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put.build()).build());
        for (ScheduledEffect e : arm) {
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                    .item(DynamoSweepRepository.effectItem(meeting.id(), e)).build()).build());
        }
        for (String id : disarm) {
            writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                    .key(Map.of(Keys.PK, s(pk), Keys.SK, s(Keys.effect(id)))).build()).build());
        }
        try {
            table.transact(writes);
        } catch (DynamoTable.ConditionFailed e) {
            throw DeskException.conflict("concurrent-update",
                    "meeting " + meeting.id() + " was published by someone else meanwhile; read it again and retry");
        }
    }

    @Override
    public Page list(String group, LocalDate from, LocalDate to, int limit, String cursor, boolean ascending) {
        String index = group != null ? Keys.GSI1 : Keys.GSI2;
        String pkName = group != null ? Keys.GSI1PK : Keys.GSI2PK;
        String skName = group != null ? Keys.GSI1SK : Keys.GSI2SK;
        String pk = group != null ? Keys.group(group) : Keys.allMeetings();
        // '#' < '~' in ASCII, so "date~" sorts after every "date#id" of that day.
        String low = from == null ? "0000" : from.toString();
        String high = to == null ? "9999~" : to + "~";
        QueryRequest.Builder q = QueryRequest.builder().indexName(index)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#pk", pkName, "#sk", skName))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":low", s(low), ":high", s(high)))
                .scanIndexForward(ascending).limit(limit);
        if (cursor != null && !cursor.isBlank()) {
            q.exclusiveStartKey(decodeCursor(cursor, Set.of(Keys.PK, Keys.SK, pkName, skName)));
        }
        QueryResponse response = table.query(q);
        List<Meeting> items = response.items().stream().map(i -> json.read(i.get("doc").s(), Meeting.class)).toList();
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? encodeCursor(response.lastEvaluatedKey()) : null;
        return new Page(items, next);
    }

    private String encodeCursor(Map<String, AttributeValue> key) {
        Map<String, String> plain = new LinkedHashMap<>();
        key.forEach((k, v) -> plain.put(k, v.s()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.write(plain).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, AttributeValue> decodeCursor(String cursor, Set<String> expected) {
        try {
            Map<String, String> plain = json.read(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), Map.class);
            if (!plain.keySet().equals(expected)) {
                throw new IllegalArgumentException("cursor of another listing");
            }
            Map<String, AttributeValue> key = new HashMap<>();
            plain.forEach((k, v) -> key.put(k, s(v)));
            return key;
        } catch (RuntimeException e) {
            throw DeskException.invalid("cursor", "is not a cursor from this listing; start again without it");
        }
    }
}
