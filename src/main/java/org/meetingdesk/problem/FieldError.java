package org.meetingdesk.problem;

/** One rejected input field: its JSON path as the client sent it, and the reason. */
public record FieldError(String field, String message) {
}
