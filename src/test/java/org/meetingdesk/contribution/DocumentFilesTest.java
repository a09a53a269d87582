package org.meetingdesk.contribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.S3LocalResource;

/** The S3 adapter against the local S3-compatible server: bytes in, presigned link, same bytes out. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(S3LocalResource.class)
class DocumentFilesTest {

    @Inject
    DocumentFiles files;

    @Test
    void presignedLinkReturnsTheStoredBytesUnderTheDocumentName() throws Exception {
        byte[] content = ("%PDF-1.7 test " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        String key = "test/" + UUID.randomUUID();
        files.put(key, content, "application/pdf");
        URI link = files.downloadLink(key, "SG2-C1.pdf", "application/pdf", Duration.ofMinutes(10));
        assertTrue(link.getQuery().contains("X-Amz-Signature="), link.toString());
        assertTrue(link.getQuery().contains("X-Amz-Expires=600"), link.toString());
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertArrayEquals(content, response.body());
        assertEquals("application/pdf", response.headers().firstValue("content-type").orElse(""));
        assertTrue(response.headers().firstValue("content-disposition").orElse("").contains("SG2-C1.pdf"));

        files.delete(key);
        HttpResponse<byte[]> gone = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, gone.statusCode());
    }
}
