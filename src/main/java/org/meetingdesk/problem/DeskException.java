package org.meetingdesk.problem;

import java.util.List;

/**
 * Every outcome a caller can be told about, raised by the domain and the services.
 *
 * <p>The domain speaks in {@link Kind}s, never in HTTP: the web layer maps a kind to a status and
 * renders RFC 9457 problem details. {@code type} is a stable slug (for example
 * {@code registration-closed}) that clients may branch on; {@code detail} is for people.
 */
public final class DeskException extends RuntimeException {

    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409),
        UNPROCESSABLE(422), UNAVAILABLE(503);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String type;
    private final List<FieldError> errors;

    public DeskException(Kind kind, String type, String detail, List<FieldError> errors) {
        super(detail, null, false, false); // no stack trace: these are expected outcomes, not bugs
        this.kind = kind;
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static DeskException invalid(String field, String message) {
        return new DeskException(Kind.INVALID, "invalid-input", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static DeskException invalid(List<FieldError> errors) {
        return new DeskException(Kind.INVALID, "invalid-input",
                errors.size() + " field(s) are invalid", errors);
    }

    public static DeskException notFound(String what, String id) {
        return new DeskException(Kind.NOT_FOUND, "not-found", "no " + what + " '" + id + "'", null);
    }

    public static DeskException conflict(String type, String detail) {
        return new DeskException(Kind.CONFLICT, type, detail, null);
    }

    public static DeskException forbidden(String detail) {
        return new DeskException(Kind.FORBIDDEN, "forbidden", detail, null);
    }

    public static DeskException unauthenticated(String detail) {
        return new DeskException(Kind.UNAUTHENTICATED, "unauthenticated", detail, null);
    }

    public static DeskException unprocessable(String type, String detail, List<FieldError> errors) {
        return new DeskException(Kind.UNPROCESSABLE, type, detail, errors);
    }

    public static DeskException unavailable(String detail) {
        return new DeskException(Kind.UNAVAILABLE, "store-unavailable", detail, null);
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
