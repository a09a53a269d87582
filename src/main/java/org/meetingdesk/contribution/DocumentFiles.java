package org.meetingdesk.contribution;

import java.net.URI;
import java.time.Duration;

/**
 * Storage port for the document files themselves (the bytes), implemented by the S3 adapter in
 * {@code store}. The bucket is private: nobody reads a file except through a link this port signs.
 */
public interface DocumentFiles {

    /**
     * Stores the bytes under a key no other document uses. Overwriting the same key with the same
     * bytes is harmless, so a retried submission may call it again.
     *
     * @throws org.meetingdesk.store.StoreUnavailableException when the file store does not answer
     */
    void put(String key, byte[] content, String contentType);

    /** Removes a stored file; used to clean up after a submission that could not be recorded. */
    void delete(String key);

    /**
     * A link that lets whoever holds it download the file for {@code ttl}, then never again; the
     * download is offered under {@code downloadName} with {@code contentType}. Signing needs no
     * call to the store.
     */
    URI downloadLink(String key, String downloadName, String contentType, Duration ttl);
}
