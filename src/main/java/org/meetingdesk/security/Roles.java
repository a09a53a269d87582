package org.meetingdesk.security;

/** The groups a token may carry (Cognito groups in AWS; {@code devSignIn} locally). */
public final class Roles {
    public static final String DELEGATE = "delegate";
    public static final String FOCAL_POINT = "focal-point";
    /** An ITU-T member with a TIES account: may read and submit documents. */
    public static final String MEMBER = "member";
    public static final String SECRETARIAT = "secretariat";
    /** The EventBridge schedule's identity; never a person. */
    public static final String SCHEDULER = "scheduler";

    private Roles() {
    }
}
