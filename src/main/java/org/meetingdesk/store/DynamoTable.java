package org.meetingdesk.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The storage adapter's only door to DynamoDB: one table, named by configuration.
 *
 * <p>Contract: reads of single items are strongly consistent (a delegate who just registered sees
 * it); every write goes through {@link #transact} (one item: a conditional single-item write), each
 * item with its own condition, so a retry of
 * the same request can never apply twice. Failures of the store itself (no connection, throttling,
 * 5xx) become {@link StoreUnavailableException}; a failed condition becomes
 * {@link ConditionFailed} naming which items' conditions failed, for the repository to turn into a
 * domain outcome.
 */
@ApplicationScoped
public class DynamoTable {

    private final DynamoDbClient db;
    private final String table;

    public DynamoTable(DynamoDbClient db, @ConfigProperty(name = "meetingdesk.table") String table) {
        this.db = db;
        this.table = table;
    }

    public String name() {
        return table;
    }

    public Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        var response = call(() -> db.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(pk), Keys.SK, s(sk))).build()));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    public QueryResponse query(QueryRequest.Builder request) {
        return call(() -> db.query(request.tableName(table).build()));
    }

    /**
     * All-or-nothing write. Throws {@link ConditionFailed} when any item's condition does not hold.
     *
     * <p>One item goes out as a plain conditional PutItem, UpdateItem or DeleteItem: for a single item
     * that is just as atomic and just as safe to retry, but a transaction costs twice the write
     * capacity (DynamoDB bills both of its phases) and a round of coordination in the service.
     */
    public void transact(List<TransactWriteItem> writes) {
        if (writes.size() == 1 && writes.get(0).conditionCheck() == null) {
            writeOne(writes.get(0));
            return;
        }
        try {
            call(() -> db.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(writes).build()));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            boolean conditionFailed = reasons.stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
            if (conditionFailed) {
                throw new ConditionFailed(reasons.stream().map(r -> "ConditionalCheckFailed".equals(r.code())).toList());
            }
            // A transaction conflict with a concurrent writer: nothing was written, the client may retry.
            throw new TransactionConflict(e);
        }
    }

    private void writeOne(TransactWriteItem w) {
        try {
            if (w.put() != null) {
                Put p = w.put();
                call(() -> db.putItem(PutItemRequest.builder().tableName(p.tableName()).item(p.item())
                        .conditionExpression(p.conditionExpression()).expressionAttributeNames(names(p.expressionAttributeNames()))
                        .expressionAttributeValues(values(p.expressionAttributeValues())).build()));
            } else if (w.update() != null) {
                Update u = w.update();
                call(() -> db.updateItem(UpdateItemRequest.builder().tableName(u.tableName()).key(u.key())
                        .updateExpression(u.updateExpression()).conditionExpression(u.conditionExpression())
                        .expressionAttributeNames(names(u.expressionAttributeNames()))
                        .expressionAttributeValues(values(u.expressionAttributeValues())).build()));
            } else {
                Delete d = w.delete();
                call(() -> db.deleteItem(DeleteItemRequest.builder().tableName(d.tableName()).key(d.key())
                        .conditionExpression(d.conditionExpression()).expressionAttributeNames(names(d.expressionAttributeNames()))
                        .expressionAttributeValues(values(d.expressionAttributeValues())).build()));
            }
        } catch (ConditionalCheckFailedException e) {
            throw new ConditionFailed(List.of(true));
        }
    }

    // The builders copy these; an empty map (the SDK's "absent") must stay absent, not be sent as {}.
    private static Map<String, String> names(Map<String, String> names) {
        return names == null || names.isEmpty() ? null : names;
    }

    private static Map<String, AttributeValue> values(Map<String, AttributeValue> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    /** Runs a call, translating the store's own failures into {@link StoreUnavailableException}. */
    public <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (TransactionCanceledException e) {
            throw e;
        } catch (SdkClientException | java.io.UncheckedIOException e) {
            // The URL-connection client reports a dropped connection as UncheckedIOException.
            throw new StoreUnavailableException("DynamoDB unreachable", e);
        } catch (DynamoDbException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new StoreUnavailableException("DynamoDB unavailable", e);
            }
            throw e;
        }
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /**
     * A concurrent transaction touched the same items; nothing was written. Callers racing on
     * purpose (a version counter) treat it as a lost race; everyone else lets it surface as 503.
     */
    public static final class TransactionConflict extends StoreUnavailableException {
        TransactionConflict(Throwable cause) {
            super("transaction conflict", cause);
        }
    }

    /** A transaction was cancelled because conditions failed; {@code failed.get(i)} is item i's. */
    public static final class ConditionFailed extends RuntimeException {
        private final List<Boolean> failed;

        ConditionFailed(List<Boolean> failed) {
            super("condition failed", null, false, false);
            this.failed = failed;
        }

        public boolean failedAt(int index) {
            return index < failed.size() && failed.get(index);
        }
    }
}
