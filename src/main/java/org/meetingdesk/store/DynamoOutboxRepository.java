package org.meetingdesk.store;

import static org.meetingdesk.store.DynamoTable.n;
import static org.meetingdesk.store.DynamoTable.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.mail.OutboxMail;
import org.meetingdesk.mail.OutboxRepository;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The mail outbox (see {@link Keys}). Other repositories add {@link #put} to their own
 * transactions; unsent mails sit in a sparse index partition the sweep queries.
 */
@ApplicationScoped
public class DynamoOutboxRepository implements OutboxRepository {

    private static final String PENDING = "PENDING";
    private static final String SENT = "SENT";

    private final DynamoTable table;
    private final Json json;

    public DynamoOutboxRepository(DynamoTable table, Json json) {
        this.table = table;
        this.json = json;
    }

    /**
     * The write that queues a mail inside the transaction of the change it reports, claimed by the
     * writing request (see {@link OutboxRepository#SENDER_CLAIM}), which sends it right after commit.
     */
    TransactWriteItem putClaimed(OutboxMail mail) {
        return put(mail, true);
    }

    /** The write that queues a mail; its key makes a second copy of the same mail impossible. */
    private TransactWriteItem put(OutboxMail mail, boolean claimedBySender) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.outbox(mail.key())));
        item.put(Keys.SK, s(Keys.meta()));
        item.put(Keys.GSI1PK, s(Keys.outboxPending()));
        item.put(Keys.GSI1SK, s(Keys.byTime(mail.createdAt(), mail.key())));
        item.put("type", s("mail"));
        item.put("mailStatus", s(PENDING));
        item.put("attempts", n(0));
        item.put("doc", s(json.write(mail)));
        if (claimedBySender) {
            item.put("claimedUntil", n(mail.createdAt().plus(SENDER_CLAIM).toEpochMilli()));
        }
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build();
    }

    @Override
    public boolean enqueue(OutboxMail mail) {
        try {
            table.transact(List.of(put(mail, false)));
            return true;
        } catch (DynamoTable.ConditionFailed e) {
            return false;
        }
    }

    @Override
    public List<OutboxMail> pending(int limit) {
        return table.query(QueryRequest.builder().indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk", s(Keys.outboxPending())))
                .limit(limit)).items().stream().map(i -> json.read(i.get("doc").s(), OutboxMail.class)).toList();
    }

    @Override
    public boolean claim(String key, Instant now, Instant until) {
        try {
            table.transact(List.of(update(key,
                    "SET claimedUntil = :until",
                    "mailStatus = :pending AND (attribute_not_exists(claimedUntil) OR claimedUntil < :now)",
                    Map.of(":until", n(until.toEpochMilli()), ":now", n(now.toEpochMilli()), ":pending", s(PENDING)))));
            return true;
        } catch (DynamoTable.ConditionFailed e) {
            return false;
        }
    }

    @Override
    public void markSent(String key, Instant at) {
        try {
            table.transact(List.of(update(key,
                    "SET mailStatus = :sent, sentAt = :at REMOVE GSI1PK, GSI1SK, claimedUntil",
                    "mailStatus = :pending",
                    Map.of(":sent", s(SENT), ":at", s(at.toString()), ":pending", s(PENDING)))));
        } catch (DynamoTable.ConditionFailed e) {
            // already marked by a concurrent sender: nothing to do
        }
    }

    @Override
    public void markFailed(String key, String error) {
        try {
            table.transact(List.of(update(key,
                    "SET lastError = :error REMOVE claimedUntil ADD attempts :one",
                    "mailStatus = :pending",
                    Map.of(":error", s(error.length() > 500 ? error.substring(0, 500) : error), ":one", n(1), ":pending", s(PENDING)))));
        } catch (DynamoTable.ConditionFailed e) {
            // sent meanwhile
        }
    }

    private TransactWriteItem update(String key, String expression, String condition, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                .key(Map.of(Keys.PK, s(Keys.outbox(key)), Keys.SK, s(Keys.meta())))
                .updateExpression(expression).conditionExpression(condition)
                .expressionAttributeValues(values).build()).build();
    }
}
