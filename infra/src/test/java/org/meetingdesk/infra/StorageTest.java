package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** Every bucket is private, encrypted, TLS-only and kept; documents are versioned. */
class StorageTest {

    private final Synth.Result synth = Synth.nativeStack();

    @Test
    void everyBucketBlocksPublicAccessAndIsEncrypted() {
        var buckets = Cfn.resources(synth.template(), "AWS::S3::Bucket");
        assertEquals(3, buckets.size(), "site, documents, access logs");
        synth.template().allResourcesProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))))));
        synth.template().allResources("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBucketPolicyDeniesPlainHttp() {
        Set<String> buckets = Cfn.resources(synth.template(), "AWS::S3::Bucket").keySet();
        Set<String> enforced = Cfn.resources(synth.template(), "AWS::S3::BucketPolicy").values().stream()
                .filter(p -> ((List<Map<String, Object>>) Cfn.path(Cfn.props(p), "PolicyDocument", "Statement")).stream()
                        .anyMatch(s -> "Deny".equals(s.get("Effect"))
                                && Map.of("Bool", Map.of("aws:SecureTransport", "false")).equals(s.get("Condition"))))
                .map(p -> Cfn.refId(Cfn.props(p).get("Bucket")))
                .collect(Collectors.toSet());
        assertEquals(buckets, enforced);
    }

    @Test
    void documentsAreVersionedAndLogged() {
        String documents = Cfn.logicalId(synth.stack(), synth.stack().documents());
        Map<String, Object> props = Cfn.props(Cfn.resources(synth.template(), "AWS::S3::Bucket").get(documents));
        assertEquals(Map.of("Status", "Enabled"), props.get("VersioningConfiguration"));
        assertTrue(Cfn.path(props, "LoggingConfiguration", "DestinationBucketName") != null);
    }

    @Test
    void mailHasAnSesIdentity() {
        synth.template().hasResourceProperties("AWS::SES::EmailIdentity",
                Map.of("EmailIdentity", "meetingdesk@example.org"));
        Synth.of(Map.of("mailDomain", "desk.example.org")).template().hasResourceProperties("AWS::SES::EmailIdentity",
                Map.of("EmailIdentity", "desk.example.org"));
    }
}
