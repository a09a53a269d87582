package org.meetingdesk.store;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.meetingdesk.contribution.DocumentFiles;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Document files in one private S3 bucket, named by configuration; downloads by presigned GET. */
@ApplicationScoped
public class S3DocumentFiles implements DocumentFiles {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3DocumentFiles(S3Client s3, S3Presigner presigner,
            @ConfigProperty(name = "meetingdesk.documents.bucket") String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        call(() -> s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType)
                .contentLength((long) content.length), RequestBody.fromBytes(content)));
    }

    @Override
    public void delete(String key) {
        call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public URI downloadLink(String key, String downloadName, String contentType, Duration ttl) {
        GetObjectRequest get = GetObjectRequest.builder().bucket(bucket).key(key)
                .responseContentType(contentType)
                .responseContentDisposition("attachment; filename=\"" + downloadName + "\"").build();
        return URI.create(presigner.presignGetObject(p -> p.signatureDuration(ttl).getObjectRequest(get)).url().toString());
    }

    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkClientException e) {
            throw new StoreUnavailableException("S3 unreachable", e);
        } catch (S3Exception e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new StoreUnavailableException("S3 unavailable", e);
            }
            throw e;
        }
    }
}
