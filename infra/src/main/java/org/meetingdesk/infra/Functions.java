package org.meetingdesk.infra;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * THE function catalogue of the stack: every Funqy function the app exposes, the Lambda function
 * (group) that serves it and who may call it. Routes, authorizers and permissions are generated
 * from this one table; a test checks it against the {@code @Funq} methods of the application, so
 * a new function that is not listed here fails the build instead of being unreachable on AWS.
 *
 * <p>API Gateway only checks that a protected route carries a valid Cognito token; which group
 * may call a function is enforced again by the application ({@code @RolesAllowed}). The
 * {@code callers} column is that contract, written down where the routes are made.
 */
public enum Functions {

    // Public reads (no authorizer).
    MEETINGS("meetings", FunctionGroup.PUBLIC_READ),
    MEETING("meeting", FunctionGroup.PUBLIC_READ),
    DEADLINES("deadlines", FunctionGroup.PUBLIC_READ),
    CHECK_DEADLINE("checkDeadline", FunctionGroup.PUBLIC_READ),
    CALENDAR("calendar", FunctionGroup.PUBLIC_READ),
    /** The SVG QR code of a meeting's page (a thin route, like calendar). */
    QRCODE("qrcode", FunctionGroup.PUBLIC_READ),
    KEY_DEADLINES("keyDeadlines", FunctionGroup.PUBLIC_READ),
    ORGANIZATIONS("organizations", FunctionGroup.PUBLIC_READ),
    AGENDA("agenda", FunctionGroup.PUBLIC_READ),
    AGENDA_CHANGES("agendaChanges", FunctionGroup.PUBLIC_READ),

    // Delegates.
    REGISTER("register", FunctionGroup.REGISTRATION, Roles.DELEGATE),
    MY_REGISTRATIONS("myRegistrations", FunctionGroup.REGISTRATION, Roles.DELEGATE),
    WITHDRAW_REGISTRATION("withdrawRegistration", FunctionGroup.REGISTRATION, Roles.DELEGATE),
    REMOTE_ACCESS("remoteAccess", FunctionGroup.REGISTRATION, Roles.DELEGATE),
    MY_CALENDAR("myCalendar", FunctionGroup.REGISTRATION, Roles.DELEGATE),
    /** Public: the remote tool calls it with the signed join token, which is the credential. */
    VERIFY_REMOTE_ACCESS("verifyRemoteAccess", FunctionGroup.REGISTRATION),

    // Focal points (participants also for the secretariat).
    PENDING_REGISTRATIONS("pendingRegistrations", FunctionGroup.FOCAL_POINT, Roles.FOCAL_POINT),
    DECIDE_REGISTRATION("decideRegistration", FunctionGroup.FOCAL_POINT, Roles.FOCAL_POINT),
    SET_AUTO_APPROVAL("setAutoApproval", FunctionGroup.FOCAL_POINT, Roles.FOCAL_POINT),
    PARTICIPANTS("participants", FunctionGroup.FOCAL_POINT, Roles.FOCAL_POINT, Roles.SECRETARIAT),

    // Agenda writes.
    PUBLISH_AGENDA("publishAgenda", FunctionGroup.AGENDA, Roles.SECRETARIAT),
    ALLOCATE_DOCUMENT("allocateDocument", FunctionGroup.AGENDA, Roles.SECRETARIAT),

    // Collective letters.
    IMPORT_LETTER("importLetter", FunctionGroup.LETTERS, Roles.SECRETARIAT),

    // Contributions and TDs.
    SUBMIT_CONTRIBUTION("submitContribution", FunctionGroup.CONTRIBUTIONS, Roles.MEMBER, Roles.SECRETARIAT),
    SUBMIT_TD("submitTd", FunctionGroup.CONTRIBUTIONS, Roles.SECRETARIAT),
    DOCUMENTS("documents", FunctionGroup.CONTRIBUTIONS, Roles.MEMBER, Roles.SECRETARIAT),
    DOCUMENT("document", FunctionGroup.CONTRIBUTIONS, Roles.MEMBER, Roles.SECRETARIAT),
    ALLOCATION_TABLE("allocationTable", FunctionGroup.CONTRIBUTIONS, Roles.MEMBER, Roles.SECRETARIAT),
    ACCEPT_LATE_CONTRIBUTION("acceptLateContribution", FunctionGroup.CONTRIBUTIONS, Roles.SECRETARIAT),

    // Secretariat.
    PUBLISH_MEETING("publishMeeting", FunctionGroup.SECRETARIAT, Roles.SECRETARIAT),
    PUBLISH_ORGANIZATION("publishOrganization", FunctionGroup.SECRETARIAT, Roles.SECRETARIAT),
    AUDIT_TRAIL("auditTrail", FunctionGroup.SECRETARIAT, Roles.SECRETARIAT),
    /**
     * The secretariat's manual run. The scheduled run reaches the {@link FunctionGroup#SWEEP}
     * function directly from EventBridge Scheduler; there is no public route for it.
     */
    SWEEP_DEADLINES("sweepDeadlines", FunctionGroup.SECRETARIAT, Roles.SECRETARIAT);

    /** Cognito groups (the application's roles). */
    public static final class Roles {
        public static final String DELEGATE = "delegate";
        public static final String FOCAL_POINT = "focal-point";
        public static final String MEMBER = "member";
        public static final String SECRETARIAT = "secretariat";
        /** Every Cognito group the user pool defines. */
        public static final List<String> ALL = List.of(DELEGATE, FOCAL_POINT, MEMBER, SECRETARIAT);

        private Roles() {
        }
    }

    private final String functionName;
    private final FunctionGroup group;
    private final Set<String> callers;

    Functions(String functionName, FunctionGroup group, String... callers) {
        this.functionName = functionName;
        this.group = group;
        this.callers = Set.of(callers);
    }

    /** The Funqy function name; the route is {@code GET|POST /<name>}. */
    public String functionName() {
        return functionName;
    }

    public String path() {
        return "/" + functionName;
    }

    public FunctionGroup group() {
        return group;
    }

    /** Cognito groups the application admits; empty for a public function. */
    public Set<String> callers() {
        return callers;
    }

    /** Public functions get no authorizer; every other route needs a valid Cognito token. */
    public boolean isPublic() {
        return callers.isEmpty();
    }

    public static List<Functions> of(FunctionGroup group) {
        return Arrays.stream(values()).filter(f -> f.group == group).toList();
    }
}
