package org.meetingdesk.store;

import java.time.LocalDate;

import org.meetingdesk.deadline.DeadlineKind;

/**
 * Every key of the one table, and the access pattern each one serves. Nothing else in the code
 * concatenates key strings.
 *
 * <pre>
 * Table  PK / SK                         GSI1 (GSI1PK / GSI1SK)            GSI2 (GSI2PK / GSI2SK)
 * meeting          MEETING#id / META     GROUP#SG13 / start#id             MEETINGS / start#id
 * deadline         MEETING#id / DEADLINE#KIND
 *                                        DUE#yyyy-mm-dd / closesAt#id#KIND  (while the window is open)
 * </pre>
 *
 * Access patterns: meeting by id (GetItem); meetings by group and date (GSI1 query, newest first);
 * all meetings by date (GSI2 query: one partition, a few hundred items a year, far below a
 * partition's limits); deadlines due on a day (GSI1 query on DUE#day, sparse: a closed window
 * drops its GSI1 keys so the sweep reads only what is still to close).
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

    public static String deadline(DeadlineKind kind) {
        return "DEADLINE#" + kind;
    }

    public static String dueOn(LocalDate day) {
        return "DUE#" + day;
    }

    public static String due(String closesAtUtc, String meetingId, DeadlineKind kind) {
        return closesAtUtc + "#" + meetingId + "#" + kind;
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
