package org.meetingdesk.infra;

/**
 * The Lambda functions of the stack: one per group, all from the same artifact. A group exists
 * where callers, permissions or sizing differ; every function name in {@link Functions} belongs to
 * exactly one group, and the group decides what its role may do.
 *
 * <p>Why agenda reads live in {@link #PUBLIC_READ} and agenda writes in {@link #AGENDA}: the
 * public read path then runs with a read-only role (a bug or injection in a public function cannot
 * write), and a flood of anonymous reads cannot eat the concurrency the secretariat needs to
 * publish. The artifact is the same, so splitting costs nothing but a log group; keeping all public
 * reads in one function also keeps one warm instance for the whole public page instead of two.
 */
public enum FunctionGroup {

    PUBLIC_READ("public-read", "Public reads: meetings, deadlines, calendars, agendas, organizations",
            TableAccess.READ, false, false, 512, 1024, 10),
    REGISTRATION("registration", "Delegates: register, withdraw, remote access; verifyRemoteAccess for the remote tool",
            TableAccess.READ_WRITE, false, true, 512, 1024, 15),
    FOCAL_POINT("focal-point", "Focal points: pending requests, decisions, automatic approval, participants",
            TableAccess.READ_WRITE, false, true, 512, 1024, 15),
    AGENDA("agenda", "Secretariat: publish agenda versions, allocate documents",
            TableAccess.READ_WRITE, false, false, 512, 1024, 15),
    LETTERS("letters", "Secretariat: import a collective letter",
            TableAccess.READ_WRITE, false, false, 1024, 1536, 29),
    CONTRIBUTIONS("contributions", "Members and secretariat: contributions, TDs, documents, allocation table",
            TableAccess.READ_WRITE, true, false, 1024, 1536, 29),
    SECRETARIAT("secretariat", "Secretariat: publish meetings and organizations, audit trail, manual sweep",
            TableAccess.READ_WRITE, false, true, 512, 1024, 29),
    SWEEP("sweep", "Scheduled deadline sweep (EventBridge Scheduler only, no route)",
            TableAccess.READ_WRITE, false, true, 1024, 1536, 300);

    /** What a group's role may do on the table and its indexes. */
    public enum TableAccess {
        /** GetItem, Query, BatchGetItem: nothing that writes. */
        READ,
        /** Reads plus the item writes conditional writes and transactions are made of. */
        READ_WRITE
    }

    private final String id;
    private final String description;
    private final TableAccess table;
    private final boolean documents;
    private final boolean mail;
    private final int nativeMemoryMb;
    private final int jvmMemoryMb;
    private final int timeoutSeconds;

    FunctionGroup(String id, String description, TableAccess table, boolean documents, boolean mail,
            int nativeMemoryMb, int jvmMemoryMb, int timeoutSeconds) {
        this.id = id;
        this.description = description;
        this.table = table;
        this.documents = documents;
        this.mail = mail;
        this.nativeMemoryMb = nativeMemoryMb;
        this.jvmMemoryMb = jvmMemoryMb;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Lower-case, hyphenated: part of the function's name and its log group. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public TableAccess table() {
        return table;
    }

    /** Reads and writes contribution files in the documents bucket. */
    public boolean documents() {
        return documents;
    }

    /** Sends mail (SES over SMTP), so it gets the mailer configuration. */
    public boolean mail() {
        return mail;
    }

    /**
     * Memory per runtime: the JVM needs more heap, and on Lambda memory also buys CPU, which the
     * JVM's JIT uses. API Gateway gives up after 30 s, so routed groups stay below that.
     */
    public int memoryMb(boolean jvm) {
        return jvm ? jvmMemoryMb : nativeMemoryMb;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /** CloudFormation-friendly construct id, e.g. {@code PublicRead}. */
    public String constructId() {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
