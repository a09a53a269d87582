package org.meetingdesk.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A {@code TransactWriteItems} request as the app sent it on the wire (captured by {@link DynamoTap}),
 * turned back into an AWS SDK request so the raw baseline writes exactly the app's items: the same
 * keys, attributes, sizes, condition and update expressions. {@link #request} rewrites every string
 * (keys included) through a function, so each replay writes new items instead of failing the app's
 * "not yet registered" conditions.
 */
final class CapturedTransaction {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode items;

    CapturedTransaction(String wireBody) {
        try {
            this.items = JSON.readTree(wireBody).path("TransactItems");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a TransactWriteItems body: " + e.getMessage(), e);
        }
        if (!items.isArray() || items.isEmpty()) {
            throw new IllegalArgumentException("no TransactItems in the captured body");
        }
    }

    int size() {
        return items.size();
    }

    /** The transaction, with every string value passed through {@code rewrite}. */
    TransactWriteItemsRequest request(UnaryOperator<String> rewrite) {
        List<TransactWriteItem> out = new ArrayList<>();
        for (JsonNode item : items) {
            TransactWriteItem.Builder b = TransactWriteItem.builder();
            if (item.has("Put")) {
                JsonNode p = item.get("Put");
                b.put(Put.builder().tableName(p.path("TableName").asText()).item(map(p.get("Item"), rewrite))
                        .conditionExpression(text(p, "ConditionExpression"))
                        .expressionAttributeNames(names(p)).expressionAttributeValues(values(p, rewrite)).build());
            } else if (item.has("Update")) {
                JsonNode u = item.get("Update");
                b.update(Update.builder().tableName(u.path("TableName").asText()).key(map(u.get("Key"), rewrite))
                        .updateExpression(text(u, "UpdateExpression")).conditionExpression(text(u, "ConditionExpression"))
                        .expressionAttributeNames(names(u)).expressionAttributeValues(values(u, rewrite)).build());
            } else if (item.has("Delete")) {
                JsonNode d = item.get("Delete");
                b.delete(Delete.builder().tableName(d.path("TableName").asText()).key(map(d.get("Key"), rewrite))
                        .conditionExpression(text(d, "ConditionExpression"))
                        .expressionAttributeNames(names(d)).expressionAttributeValues(values(d, rewrite)).build());
            } else if (item.has("ConditionCheck")) {
                JsonNode c = item.get("ConditionCheck");
                b.conditionCheck(ConditionCheck.builder().tableName(c.path("TableName").asText())
                        .key(map(c.get("Key"), rewrite)).conditionExpression(text(c, "ConditionExpression"))
                        .expressionAttributeNames(names(c)).expressionAttributeValues(values(c, rewrite)).build());
            } else {
                throw new IllegalArgumentException("unknown transaction item: " + item);
            }
            out.add(b.build());
        }
        return TransactWriteItemsRequest.builder().transactItems(out).build();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Map<String, String> names(JsonNode node) {
        if (!node.has("ExpressionAttributeNames")) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        node.get("ExpressionAttributeNames").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        return names;
    }

    private static Map<String, AttributeValue> values(JsonNode node, UnaryOperator<String> rewrite) {
        return node.has("ExpressionAttributeValues") ? map(node.get("ExpressionAttributeValues"), rewrite) : null;
    }

    private static Map<String, AttributeValue> map(JsonNode node, UnaryOperator<String> rewrite) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), value(e.getValue(), rewrite));
        }
        return out;
    }

    /** One attribute value in DynamoDB's wire JSON ({"S": ...}, {"M": {...}}, ...). */
    private static AttributeValue value(JsonNode v, UnaryOperator<String> rewrite) {
        Map.Entry<String, JsonNode> typed = v.fields().next();
        JsonNode x = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> AttributeValue.fromS(rewrite.apply(x.asText()));
            case "N" -> AttributeValue.fromN(x.asText());
            case "BOOL" -> AttributeValue.fromBool(x.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(x.asText())));
            case "M" -> AttributeValue.fromM(map(x, rewrite));
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                x.forEach(e -> list.add(value(e, rewrite)));
                yield AttributeValue.fromL(list);
            }
            case "SS" -> {
                List<String> list = new ArrayList<>();
                x.forEach(e -> list.add(rewrite.apply(e.asText())));
                yield AttributeValue.fromSs(list);
            }
            case "NS" -> {
                List<String> list = new ArrayList<>();
                x.forEach(e -> list.add(e.asText()));
                yield AttributeValue.fromNs(list);
            }
            default -> throw new IllegalArgumentException("attribute type " + typed.getKey() + " not handled");
        };
    }
}
