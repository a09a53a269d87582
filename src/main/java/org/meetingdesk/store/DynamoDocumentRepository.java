package org.meetingdesk.store;

import static org.meetingdesk.store.DynamoTable.n;
import static org.meetingdesk.store.DynamoTable.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.contribution.Document;
import org.meetingdesk.contribution.DocumentKind;
import org.meetingdesk.contribution.DocumentNumber;
import org.meetingdesk.contribution.DocumentRepository;
import org.meetingdesk.problem.DeskException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** A meeting's documents and its two series counters, in the meeting's partition (see {@link Keys}). */
@ApplicationScoped
public class DynamoDocumentRepository implements DocumentRepository {

    /** Enough for dozens of simultaneous submitters to one meeting; each retry re-reads the counter. */
    private static final int ATTEMPTS = 200;

    private final DynamoTable table;
    private final Json json;

    public DynamoDocumentRepository(DynamoTable table, Json json) {
        this.table = table;
        this.json = json;
    }

    @Override
    public Document createNumbered(String meetingId, DocumentKind kind, LongFunction<Document> numbered) {
        String pk = Keys.meeting(meetingId);
        String counterSk = Keys.documentSeries(kind);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long last = table.get(pk, counterSk).map(i -> Long.parseLong(i.get("last").n())).orElse(0L);
            Document doc = numbered.apply(last + 1);
            Map<String, AttributeValue> item = item(doc);
            item.put("lastRevision", n(0));
            try {
                table.transact(List.of(counterMove(pk, counterSk, "last", last), putNew(item)));
                return doc;
            } catch (DynamoTable.ConditionFailed e) {
                backOff(attempt); // another submission took this serial first: read the counter again
            }
        }
        throw DeskException.unavailable("too many simultaneous submissions to " + meetingId + "; try again");
    }

    @Override
    public Document createRevision(Document original, IntFunction<Document> revised) {
        String pk = Keys.meeting(original.meeting());
        String originalSk = Keys.document(original.kind(), original.number().serial(), 0);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, AttributeValue> current = table.get(pk, originalSk)
                    .orElseThrow(() -> DeskException.notFound("document", original.number().toString()));
            long last = current.containsKey("lastRevision") ? Long.parseLong(current.get("lastRevision").n()) : 0;
            Document doc = revised.apply((int) last + 1);
            try {
                table.transact(List.of(counterMove(pk, originalSk, "lastRevision", last), putNew(item(doc))));
                return doc;
            } catch (DynamoTable.ConditionFailed e) {
                backOff(attempt);
            }
        }
        throw DeskException.unavailable("too many simultaneous revisions of " + original.number() + "; try again");
    }

    @Override
    public Optional<Document> find(String meetingId, DocumentNumber number) {
        return table.get(Keys.meeting(meetingId), Keys.document(number.kind(), number.serial(), number.revision()))
                .map(this::read)
                .filter(d -> d.number().equals(number)); // the prefix is not part of the key
    }

    @Override
    public List<Document> list(String meetingId) {
        List<Document> docs = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().consistentRead(true)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", s(Keys.meeting(meetingId)), ":prefix", s(Keys.documentsPrefix())));
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse page = table.query(q);
            page.items().forEach(i -> docs.add(read(i)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return docs;
    }

    @Override
    public void acceptLate(Document accepted) {
        DocumentNumber number = accepted.number();
        Update update = Update.builder().tableName(table.name())
                .key(Map.of(Keys.PK, s(Keys.meeting(accepted.meeting())),
                        Keys.SK, s(Keys.document(number.kind(), number.serial(), number.revision()))))
                .updateExpression("SET #doc = :doc, accepted = :true")
                .conditionExpression("accepted = :false")
                .expressionAttributeNames(Map.of("#doc", "doc"))
                .expressionAttributeValues(Map.of(":doc", s(json.write(accepted)), ":true", AttributeValue.fromBool(true),
                        ":false", AttributeValue.fromBool(false)))
                .build();
        try {
            table.transact(List.of(TransactWriteItem.builder().update(update).build()));
        } catch (DynamoTable.ConditionFailed e) {
            throw DeskException.conflict("already-accepted", number + " was accepted meanwhile");
        }
    }

    private Map<String, AttributeValue> item(Document doc) {
        DocumentNumber number = doc.number();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.meeting(doc.meeting())));
        item.put(Keys.SK, s(Keys.document(number.kind(), number.serial(), number.revision())));
        item.put("type", s("document"));
        item.put("number", s(number.toString()));
        item.put("accepted", AttributeValue.fromBool(doc.accepted()));
        item.put("doc", s(json.write(doc)));
        return item;
    }

    private Document read(Map<String, AttributeValue> item) {
        return json.read(item.get("doc").s(), Document.class);
    }

    /** Moves a counter from {@code last} to {@code last + 1}, only if nobody moved it meanwhile. */
    private TransactWriteItem counterMove(String pk, String sk, String attribute, long last) {
        Update.Builder u = Update.builder().tableName(table.name())
                .key(Map.of(Keys.PK, s(pk), Keys.SK, s(sk)))
                .updateExpression("SET #c = :next")
                .expressionAttributeNames(Map.of("#c", attribute));
        if (last == 0) {
            u.conditionExpression("attribute_not_exists(#c) OR #c = :zero")
                    .expressionAttributeValues(Map.of(":next", n(1), ":zero", n(0)));
        } else {
            u.conditionExpression("#c = :last").expressionAttributeValues(Map.of(":next", n(last + 1), ":last", n(last)));
        }
        return TransactWriteItem.builder().update(u.build()).build();
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build();
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5 + Math.min(attempt, 20) * 3L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeskException.unavailable("interrupted");
        }
    }
}
