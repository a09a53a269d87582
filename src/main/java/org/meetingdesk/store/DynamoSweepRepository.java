package org.meetingdesk.store;

import static org.meetingdesk.store.DynamoTable.s;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.deadline.DeadlineKind;
import org.meetingdesk.deadline.ScheduledEffect;
import org.meetingdesk.sweep.DueEffect;
import org.meetingdesk.sweep.EffectRepository;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** The sweep's due-by-day index (see {@link Keys}): effect items written with their meeting. */
@ApplicationScoped
public class DynamoSweepRepository implements EffectRepository {

    private final DynamoTable table;

    public DynamoSweepRepository(DynamoTable table) {
        this.table = table;
    }

    /** The item of an armed effect; written by the meeting repository in the meeting's transaction. */
    static Map<String, AttributeValue> effectItem(String meetingId, ScheduledEffect e) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.meeting(meetingId)));
        item.put(Keys.SK, s(Keys.effect(e.id())));
        item.put(Keys.GSI1PK, s(Keys.dueOn(e.dueAt().atZone(ZoneOffset.UTC).toLocalDate())));
        item.put(Keys.GSI1SK, s(Keys.due(e.dueAt(), meetingId, e.id())));
        item.put("type", s("effect"));
        item.put("meeting", s(meetingId));
        item.put("effect", s(e.type().name()));
        item.put("id", s(e.id()));
        item.put("dueAt", s(e.dueAt().toString()));
        if (e.kind() != null) {
            item.put("kind", s(e.kind().name()));
        }
        if (e.before() != null) {
            item.put("before", s(e.before().toString()));
        }
        return item;
    }

    @Override
    public Due due(LocalDate firstDay, LocalDate lastDay, Instant at) {
        List<DueEffect> found = new ArrayList<>();
        int read = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Map<String, AttributeValue> start = null;
            do {
                QueryRequest.Builder q = QueryRequest.builder().indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :day AND GSI1SK <= :upTo")
                        .expressionAttributeValues(Map.of(":day", s(Keys.dueOn(day)), ":upTo", s(Keys.dueUpTo(at))));
                if (start != null) {
                    q.exclusiveStartKey(start);
                }
                QueryResponse r = table.query(q);
                read += r.count();
                for (Map<String, AttributeValue> item : r.items()) {
                    found.add(toDue(item));
                }
                start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return new Due(found, read);
    }

    @Override
    public boolean complete(DueEffect d, Instant doneAt) {
        try {
            // One item: DynamoTable sends it as a plain conditional UpdateItem.
            table.transact(List.of(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                    .key(Map.of(Keys.PK, s(Keys.meeting(d.meeting())), Keys.SK, s(Keys.effect(d.effect().id()))))
                    // Removing the index keys takes the effect out of the due index: done, once.
                    .updateExpression("SET doneAt = :now REMOVE GSI1PK, GSI1SK")
                    .conditionExpression("attribute_exists(GSI1PK) AND dueAt = :due")
                    .expressionAttributeValues(Map.of(":now", s(doneAt.toString()), ":due", s(d.effect().dueAt().toString())))
                    .build()).build()));
            return true;
        } catch (DynamoTable.ConditionFailed e) {
            return false;
        }
    }

    private static DueEffect toDue(Map<String, AttributeValue> item) {
        ScheduledEffect e = new ScheduledEffect(item.get("id").s(), ScheduledEffect.Type.valueOf(item.get("effect").s()),
                item.containsKey("kind") ? DeadlineKind.valueOf(item.get("kind").s()) : null,
                item.containsKey("before") ? Duration.parse(item.get("before").s()) : null,
                Instant.parse(item.get("dueAt").s()));
        return new DueEffect(item.get("meeting").s(), e);
    }
}
