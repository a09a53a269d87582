package org.meetingdesk.store;

import java.time.LocalDate;


/**
 * Every key of the one table, and the access pattern each one serves. Nothing else in the code
 * concatenates key strings.
 *
 * <pre>
 * Table  PK / SK                         GSI1 (GSI1PK / GSI1SK)            GSI2 (GSI2PK / GSI2SK)
 * meeting          MEETING#id / META     GROUP#SG13 / start#id             MEETINGS / start#id
 * effect           MEETING#id / EFFECT#CLOSE#KIND (and REMIND#…, CHASE#…, EXPIRE)
 *                                        DUE#yyyy-mm-dd / dueAt#id#effect  (until the sweep has done it)
 * </pre>
 *
 * Access patterns: meeting by id (GetItem); meetings by group and date (GSI1 query, newest first);
 * all meetings by date (GSI2 query: one partition, a few hundred items a year, far below a
 * partition's limits); effects due by a day (GSI1 query on DUE#day, sparse: a done effect drops its
 * GSI1 keys, so the sweep reads only what is still to do — closing windows, reminders, expiry).
 */
public final class Keys {

    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String GSI2 = "GSI2";
    public static final String GSI2PK = "GSI2PK";
    public static final String GSI2SK = "GSI2SK";

    static final String META = "META";
    static final String ALL_MEETINGS = "MEETINGS";

    private Keys() {
    }

    public static String meeting(String meetingId) {
        return "MEETING#" + meetingId;
    }

    public static String meta() {
        return META;
    }

    public static String group(String group) {
        return "GROUP#" + group;
    }

    public static String allMeetings() {
        return ALL_MEETINGS;
    }

    /** Sort key of a meeting in the date indexes: ISO dates sort as text. */
    public static String byStart(LocalDate start, String meetingId) {
        return start + "#" + meetingId;
    }

    /** A meeting's scheduled effect (the sweep's per-effect record): {@code EFFECT#CLOSE#REGISTRATION}. */
    public static String effect(String effectId) {
        return "EFFECT#" + effectId;
    }

    /** The due-by-day partition an effect sits in until it is done: its due instant's UTC day. */
    public static String dueOn(LocalDate utcDay) {
        return "DUE#" + utcDay;
    }

    /** Sort key in a due day: the due instant (whole seconds, ISO, sorts as text) first. */
    public static String due(java.time.Instant dueAt, String meetingId, String effectId) {
        return dueAt + "#" + meetingId + "#" + effectId;
    }

    /** Upper bound for "due at or before": '~' sorts after every character used in ids. */
    public static String dueUpTo(java.time.Instant at) {
        return at + "#~";
    }

    // ---- agenda (issue 5) -------------------------------------------------------------------
    // agenda version   MEETING#id / AGENDA#v000001   immutable, one per published version
    // latest agenda    MEETING#id / AGENDA#LATEST    copy of the newest version and its number
    // Access patterns: latest agenda of a meeting (GetItem on AGENDA#LATEST: the public read path is
    // one key lookup); a given version (GetItem on AGENDA#v<n>). Version numbers are zero-padded so
    // the versions of a meeting sort as text (Query PK = MEETING#id AND begins_with(SK, "AGENDA#v")).
    // Publishing writes AGENDA#v<n> (attribute_not_exists) and AGENDA#LATEST (version = n-1) in one
    // transaction, so racing publishers get n and n+1 and none is lost.

    static final String AGENDA_VERSION = "AGENDA#v";

    public static String agendaVersion(int version) {
        return AGENDA_VERSION + String.format("%06d", version);
    }

    public static String agendaLatest() {
        return "AGENDA#LATEST";
    }
    // ---- registration: organizations, registrations, audit trail, mail outbox ----------------
    //
    // item             PK / SK                              GSI1 (GSI1PK / GSI1SK)          GSI2 (GSI2PK / GSI2SK)
    // organization     ORG#id / META                                                        ORGS / id
    // auto-approval    ORG#id / AUTO#GROUP#SG5, AUTO#MEETING#SG5-2030-03-18
    // registration     MEETING#m / REG#id                   PERSON#subject / createdAt#id   PENDING#org / m#createdAt#id (while pending)
    //                                                                                       WAITLIST#m / createdAt#id    (while waitlisted)
    // active marker    MEETING#m / ACTIVE#subject  (one active registration per person and meeting)
    // place counter    MEETING#m / PLACES          (taken < capacity, in the same transaction)
    // audit entry      MEETING#m / AUDIT#id#version (append-only)
    // outbox mail      OUTBOX#key / META                    OUTBOX#PENDING / createdAt#key (while unsent)
    //
    // Access patterns: organization by id (GetItem); all organizations (GSI2 query on ORGS); an
    // organization's approval rules (query ORG#id, begins_with AUTO#); registration by id (the id
    // embeds the meeting: GetItem); registrations of a meeting (query MEETING#m, begins_with REG#);
    // a person's registrations (GSI1 query); pending requests of an organization, optionally of one
    // meeting (sparse GSI2 query, begins_with m#); a meeting's waitlist, oldest first (sparse GSI2
    // query); registration by person and meeting (GetItem on the active marker); audit of a
    // registration or a meeting (query MEETING#m, begins_with AUDIT#id# or AUDIT#); unsent mails,
    // oldest first (sparse GSI1 query on OUTBOX#PENDING: sent mails drop their GSI1 keys).

    private static final java.time.format.DateTimeFormatter SORTABLE = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    public static String organization(String id) {
        return "ORG#" + id;
    }

    public static String allOrganizations() {
        return "ORGS";
    }

    public static String autoApprovalPrefix() {
        return "AUTO#";
    }

    public static String autoApproval(String scope, String target) {
        return "AUTO#" + scope + "#" + target;
    }

    public static String registrationPrefix() {
        return "REG#";
    }

    public static String registration(String id) {
        return "REG#" + id;
    }

    public static String person(String subject) {
        return "PERSON#" + subject;
    }

    public static String pendingOf(String organization) {
        return "PENDING#" + organization;
    }

    public static String pendingSort(String meetingId, java.time.Instant createdAt, String id) {
        return meetingId + "#" + sortable(createdAt) + "#" + id;
    }

    /** Begins-with prefix of {@link #pendingSort} for one meeting ('#' ends the id, so SG1 never matches SG13). */
    public static String pendingOfMeeting(String meetingId) {
        return meetingId + "#";
    }

    public static String waitlist(String meetingId) {
        return "WAITLIST#" + meetingId;
    }

    /** Fixed-width UTC instants sort as text in time order (Instant.toString does not). */
    public static String byTime(java.time.Instant at, String id) {
        return sortable(at) + "#" + id;
    }

    public static String sortable(java.time.Instant at) {
        return SORTABLE.format(at);
    }

    public static String active(String subject) {
        return "ACTIVE#" + subject;
    }

    public static String places() {
        return "PLACES";
    }

    public static String auditPrefix() {
        return "AUDIT#";
    }

    public static String auditOf(String registrationId) {
        return "AUDIT#" + registrationId + "#";
    }

    public static String audit(String registrationId, long version) {
        return auditOf(registrationId) + String.format("%010d", version);
    }

    public static String outbox(String key) {
        return "OUTBOX#" + key;
    }

    public static String outboxPending() {
        return "OUTBOX#PENDING";
    }

    // ---- Contributions and TDs (feature: contribution) -----------------------------------------
    // Table  MEETING#id / DOCSERIES#C | DOCSERIES#TD   the series counter: attribute "last"
    //        MEETING#id / DOC#C#000000012#R000        one item per document and revision
    //                                                 (originals carry "lastRevision")
    // Access patterns: documents by meeting = query PK = MEETING#id, SK begins_with "DOC#",
    // in number order (zero-padded serials sort as text); document by number = GetItem; next
    // serial = GetItem on the counter, then a transaction that moves the counter and puts the
    // document under attribute_not_exists (gap-free, unique).

    public static String documentSeries(org.meetingdesk.contribution.DocumentKind kind) {
        return "DOCSERIES#" + kind;
    }

    public static String documentsPrefix() {
        return "DOC#";
    }

    public static String document(org.meetingdesk.contribution.DocumentKind kind, long serial, int revision) {
        return String.format("DOC#%s#%09d#R%03d", kind, serial, revision);
    }
}
