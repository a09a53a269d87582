package org.meetingdesk.store;

/** The table did not answer (network, throttling, outage). Answered as 503 with Retry-After. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
