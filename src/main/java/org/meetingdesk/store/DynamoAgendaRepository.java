package org.meetingdesk.store;

import static org.meetingdesk.store.DynamoTable.n;
import static org.meetingdesk.store.DynamoTable.s;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.agenda.AgendaRepository;
import org.meetingdesk.agenda.AgendaVersion;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Agenda versions in the one table (see the agenda section of {@link Keys}). */
@ApplicationScoped
public class DynamoAgendaRepository implements AgendaRepository {

    private final DynamoTable table;
    private final Json json;

    public DynamoAgendaRepository(DynamoTable table, Json json) {
        this.table = table;
        this.json = json;
    }

    @Override
    public Optional<AgendaVersion> latest(String meetingId) {
        return table.get(Keys.meeting(meetingId), Keys.agendaLatest()).map(this::read);
    }

    @Override
    public Optional<AgendaVersion> version(String meetingId, int version) {
        if (version < 1) {
            return Optional.empty();
        }
        return table.get(Keys.meeting(meetingId), Keys.agendaVersion(version)).map(this::read);
    }

    @Override
    public boolean append(AgendaVersion next) {
        String pk = Keys.meeting(next.meeting());
        String doc = json.write(next);
        Put version = Put.builder().tableName(table.name())
                .item(item(pk, Keys.agendaVersion(next.version()), "agenda-version", next, doc))
                .conditionExpression("attribute_not_exists(PK)").build();
        Put.Builder latest = Put.builder().tableName(table.name())
                .item(item(pk, Keys.agendaLatest(), "agenda-latest", next, doc));
        if (next.version() == 1) {
            latest.conditionExpression("attribute_not_exists(PK)");
        } else {
            latest.conditionExpression("version = :previous")
                    .expressionAttributeValues(Map.of(":previous", n(next.version() - 1)));
        }
        try {
            table.transact(List.of(TransactWriteItem.builder().put(version).build(),
                    TransactWriteItem.builder().put(latest.build()).build()));
            return true;
        } catch (DynamoTable.ConditionFailed e) {
            return false;
        } catch (DynamoTable.TransactionConflict e) {
            // A concurrent transaction on the same items is the racing publisher: nothing was
            // written, so it is a lost race too.
            return false;
        }
    }

    private static Map<String, AttributeValue> item(String pk, String sk, String type, AgendaVersion v, String doc) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(pk));
        item.put(Keys.SK, s(sk));
        item.put("type", s(type));
        item.put("meeting", s(v.meeting()));
        item.put("version", n(v.version()));
        item.put("doc", s(doc));
        return item;
    }

    private AgendaVersion read(Map<String, AttributeValue> item) {
        return json.read(item.get("doc").s(), AgendaVersion.class);
    }
}
