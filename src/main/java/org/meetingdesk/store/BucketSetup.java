package org.meetingdesk.store;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Creates the documents bucket at start where configuration asks for it (dev and tests). In AWS
 * the bucket belongs to the CDK stack and this is off.
 */
@ApplicationScoped
public class BucketSetup {

    private static final Logger LOG = Logger.getLogger(BucketSetup.class);

    /** After {@link LocalS3} (priority 11) has started the local server. */
    void onStart(@Observes @Priority(21) StartupEvent event, S3Client s3,
            @ConfigProperty(name = "meetingdesk.documents.bucket") String bucket,
            @ConfigProperty(name = "meetingdesk.documents.bucket.create", defaultValue = "false") boolean create) {
        if (!create) {
            return;
        }
        try {
            s3.headBucket(b -> b.bucket(bucket));
            LOG.debugf("bucket %s exists", bucket);
        } catch (NoSuchBucketException e) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
                LOG.infof("created bucket %s", bucket);
            } catch (BucketAlreadyOwnedByYouException raced) {
                LOG.debugf("bucket %s exists", bucket);
            }
        }
    }
}
