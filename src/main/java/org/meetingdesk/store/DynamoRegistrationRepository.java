package org.meetingdesk.store;

import static org.meetingdesk.store.DynamoTable.n;
import static org.meetingdesk.store.DynamoTable.s;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.mail.OutboxMail;
import org.meetingdesk.registration.AuditEntry;
import org.meetingdesk.registration.Registration;
import org.meetingdesk.registration.RegistrationRepository;
import org.meetingdesk.registration.RegistrationStatus;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Registrations live in their meeting's partition beside the active markers, the place counter
 * and the audit trail, so each change is one TransactWriteItems (see {@link Keys}).
 */
@ApplicationScoped
public class DynamoRegistrationRepository implements RegistrationRepository {

    private final DynamoTable table;
    private final Json json;
    private final DynamoOutboxRepository outbox;

    public DynamoRegistrationRepository(DynamoTable table, Json json, DynamoOutboxRepository outbox) {
        this.table = table;
        this.json = json;
        this.outbox = outbox;
    }

    @Override
    public Optional<Registration> find(String id) {
        String meeting = Registration.meetingOf(id);
        if (meeting == null) {
            return Optional.empty();
        }
        return table.get(Keys.meeting(meeting), Keys.registration(id)).map(this::read);
    }

    @Override
    public Optional<Registration> active(String meeting, String subject) {
        return table.get(Keys.meeting(meeting), Keys.active(subject)).flatMap(marker -> find(marker.get("registration").s()));
    }

    @Override
    public List<Registration> byMeeting(String meeting) {
        List<Registration> all = queryAll(QueryRequest.builder().consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :reg)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.meeting(meeting)), ":reg", s(Keys.registrationPrefix()))))
                .stream().map(this::read).sorted(Comparator.comparing(Registration::createdAt).thenComparing(Registration::id))
                .toList();
        return all;
    }

    @Override
    public List<Registration> pending(String organization, String meeting) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", s(Keys.pendingOf(organization)));
        String condition = "GSI2PK = :pk";
        if (meeting != null && !meeting.isBlank()) {
            condition += " AND begins_with(GSI2SK, :m)";
            values.put(":m", s(Keys.pendingOfMeeting(meeting)));
        }
        return queryAll(QueryRequest.builder().indexName(Keys.GSI2).keyConditionExpression(condition)
                .expressionAttributeValues(values)).stream().map(this::read)
                .filter(r -> r.status() == RegistrationStatus.PENDING_APPROVAL)
                .sorted(Comparator.comparing(Registration::createdAt)).toList();
    }

    @Override
    public List<Registration> byPerson(String subject) {
        return queryAll(QueryRequest.builder().indexName(Keys.GSI1).keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk", s(Keys.person(subject)))).scanIndexForward(false))
                .stream().map(this::read).toList();
    }

    @Override
    public List<Registration> waitlist(String meeting) {
        return queryAll(QueryRequest.builder().indexName(Keys.GSI2).keyConditionExpression("GSI2PK = :pk")
                .expressionAttributeValues(Map.of(":pk", s(Keys.waitlist(meeting)))))
                .stream().map(this::read).filter(r -> r.status() == RegistrationStatus.WAITLISTED).toList();
    }

    @Override
    public Created create(Registration r, int capacity, AuditEntry audit, List<OutboxMail> mails) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item(r))
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(Map.of(Keys.PK, s(Keys.meeting(r.meeting())), Keys.SK, s(Keys.active(r.subject())),
                        "type", s("active-registration"), "registration", s(r.id())))
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        int placeAt = -1;
        if (r.holdsPlace()) {
            placeAt = writes.size();
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                    .key(placesKey(r.meeting()))
                    .updateExpression("SET taken = if_not_exists(taken, :zero) + :one, #type = :type")
                    .conditionExpression("attribute_not_exists(taken) OR taken < :capacity")
                    .expressionAttributeNames(Map.of("#type", "type"))
                    .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":capacity", n(capacity),
                            ":type", s("places")))
                    .build()).build());
        }
        writes.add(auditPut(audit));
        mails.forEach(m -> writes.add(outbox.putClaimed(m)));
        try {
            transact(writes);
            return Created.CREATED;
        } catch (DynamoTable.ConditionFailed e) {
            if (e.failedAt(1)) {
                return Created.ALREADY_ACTIVE;
            }
            if (placeAt >= 0 && e.failedAt(placeAt)) {
                return Created.NO_PLACE;
            }
            throw new Stale(-1); // an id collision: try again with another id
        }
    }

    @Override
    public void apply(List<Step> steps, int placeDelta, List<OutboxMail> mails) {
        List<TransactWriteItem> writes = new ArrayList<>();
        List<Integer> stepOf = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Registration before = step.before();
            Registration after = step.after();
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item(after))
                    .conditionExpression("#status = :status AND version = :version")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":status", s(before.status().name()), ":version", n(before.version())))
                    .build()).build());
            stepOf.add(i);
            if (before.status().active() && !after.status().active()) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                        .key(Map.of(Keys.PK, s(Keys.meeting(before.meeting())), Keys.SK, s(Keys.active(before.subject()))))
                        .conditionExpression("registration = :id")
                        .expressionAttributeValues(Map.of(":id", s(before.id()))).build()).build());
                stepOf.add(i);
            }
            if (step.audit() != null) {
                writes.add(auditPut(step.audit()));
                stepOf.add(i);
            }
        }
        if (placeDelta != 0) {
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                    .key(placesKey(steps.get(0).after().meeting()))
                    .updateExpression("ADD taken :delta")
                    .expressionAttributeValues(Map.of(":delta", n(placeDelta))).build()).build());
        }
        mails.forEach(m -> writes.add(outbox.putClaimed(m)));
        try {
            transact(writes);
        } catch (DynamoTable.ConditionFailed e) {
            for (int i = 0; i < stepOf.size(); i++) {
                if (e.failedAt(i)) {
                    throw new Stale(stepOf.get(i));
                }
            }
            throw new Stale(-1);
        }
    }

    @Override
    public List<AuditEntry> audit(String registration) {
        return queryAll(QueryRequest.builder().consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :a)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.meeting(Registration.meetingOf(registration))),
                        ":a", s(Keys.auditOf(registration)))))
                .stream().map(i -> json.read(i.get("doc").s(), AuditEntry.class)).toList();
    }

    @Override
    public List<AuditEntry> auditOfMeeting(String meeting) {
        return queryAll(QueryRequest.builder().consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :a)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.meeting(meeting)), ":a", s(Keys.auditPrefix()))))
                .stream().map(i -> json.read(i.get("doc").s(), AuditEntry.class))
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::registration)
                        .thenComparingLong(AuditEntry::version)).toList();
    }

    /** A concurrent transaction on the same items: nothing was written; decide again from fresh reads. */
    private void transact(List<TransactWriteItem> writes) {
        try {
            table.transact(writes);
        } catch (StoreUnavailableException e) {
            if (e.getCause() instanceof TransactionCanceledException) {
                throw new Stale(-1);
            }
            throw e;
        }
    }

    private Map<String, AttributeValue> item(Registration r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.meeting(r.meeting())));
        item.put(Keys.SK, s(Keys.registration(r.id())));
        item.put(Keys.GSI1PK, s(Keys.person(r.subject())));
        item.put(Keys.GSI1SK, s(Keys.byTime(r.createdAt(), r.id())));
        // Sparse index entries: a request is found as pending or waitlisted only while it is.
        if (r.status() == RegistrationStatus.PENDING_APPROVAL) {
            item.put(Keys.GSI2PK, s(Keys.pendingOf(r.organization())));
            item.put(Keys.GSI2SK, s(Keys.pendingSort(r.meeting(), r.createdAt(), r.id())));
        } else if (r.status() == RegistrationStatus.WAITLISTED) {
            item.put(Keys.GSI2PK, s(Keys.waitlist(r.meeting())));
            item.put(Keys.GSI2SK, s(Keys.byTime(r.createdAt(), r.id())));
        }
        item.put("type", s("registration"));
        item.put("status", s(r.status().name()));
        item.put("version", n(r.version()));
        item.put("doc", s(json.write(r)));
        return item;
    }

    private TransactWriteItem auditPut(AuditEntry a) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.meeting(a.meeting())));
        item.put(Keys.SK, s(Keys.audit(a.registration(), a.version())));
        item.put("type", s("audit"));
        item.put("doc", s(json.write(a)));
        // Append-only: an entry is written once and never replaced.
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build();
    }

    private static Map<String, AttributeValue> placesKey(String meeting) {
        return Map.of(Keys.PK, s(Keys.meeting(meeting)), Keys.SK, s(Keys.places()));
    }

    private Registration read(Map<String, AttributeValue> item) {
        return json.read(item.get("doc").s(), Registration.class);
    }

    private List<Map<String, AttributeValue>> queryAll(QueryRequest.Builder request) {
        List<Map<String, AttributeValue>> result = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse r = table.query(request);
            result.addAll(r.items());
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return result;
    }
}
