package org.meetingdesk.store;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the table at start where configuration asks for it (dev and tests). In AWS the table
 * belongs to the CDK stack and this is off: a function never creates infrastructure.
 */
@ApplicationScoped
public class TableSetup {

    private static final Logger LOG = Logger.getLogger(TableSetup.class);

    /** After {@link LocalDynamoDb} (priority 10) has started the local engine. */
    void onStart(@Observes @Priority(20) StartupEvent event, DynamoDbClient db,
            @ConfigProperty(name = "meetingdesk.table") String table,
            @ConfigProperty(name = "meetingdesk.table.create", defaultValue = "false") boolean create) {
        if (create) {
            createIfMissing(db, table);
        }
    }

    /** The table's shape; the CDK stack in infra/ declares the same keys and indexes. */
    public static void createIfMissing(DynamoDbClient db, String table) {
        try {
            db.createTable(CreateTableRequest.builder().tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attr(Keys.PK), attr(Keys.SK), attr(Keys.GSI1PK), attr(Keys.GSI1SK),
                            attr(Keys.GSI2PK), attr(Keys.GSI2SK))
                    .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                    .globalSecondaryIndexes(index(Keys.GSI1, Keys.GSI1PK, Keys.GSI1SK), index(Keys.GSI2, Keys.GSI2PK, Keys.GSI2SK))
                    .build());
            LOG.infof("created table %s", table);
        } catch (ResourceInUseException e) {
            LOG.debugf("table %s exists", table);
        }
    }

    private static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static GlobalSecondaryIndex index(String name, String pk, String sk) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(key(pk, KeyType.HASH), key(sk, KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build();
    }
}
