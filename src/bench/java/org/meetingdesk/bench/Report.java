package org.meetingdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results table: every figure with its baseline, the ratio, the target and whether it is met. */
final class Report {

    /**
     * One figure. {@code target} is the highest ratio accepted (lower is better), or with {@code atLeast}
     * the lowest (higher is better, e.g. throughput); null for information only.
     */
    record Row(String benchmark, String app, String baseline, double ratio, Double target, String note, boolean atLeast) {

        Row(String benchmark, String app, String baseline, double ratio, Double target, String note) {
            this(benchmark, app, baseline, ratio, target, note, false);
        }

        String verdict() {
            if (target == null) {
                return "info";
            }
            return (atLeast ? ratio >= target : ratio <= target) ? "met" : "MISSED";
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String machine;
    private final Instant started = Instant.now();

    Report(String machine) {
        this.machine = machine;
    }

    void add(Row row) {
        rows.add(row);
        System.out.println("[bench] " + line(row));
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown(String loadAtEnd) {
        StringBuilder md = new StringBuilder();
        md.append("# Meeting Desk benchmark results\n\n");
        md.append("Run ").append(started).append(" – ").append(Instant.now()).append(".\n\n");
        md.append(machine).append("Load average at end: ").append(loadAtEnd).append("\n\n");
        md.append("| benchmark | this app | baseline | ratio | target | |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(line(r)).append('\n');
        }
        md.append('\n');
        for (String n : notes) {
            md.append("- ").append(n).append('\n');
        }
        return md.toString();
    }

    void write(Path file, String loadAtEnd) throws IOException {
        Files.createDirectories(file.getParent());
        String md = markdown(loadAtEnd);
        Files.writeString(file, md);
        System.out.println();
        System.out.println(md);
        System.out.println("[bench] written to " + file);
    }

    private static String line(Row r) {
        String target = r.target() == null ? "–" : (r.atLeast() ? "≥ " : "≤ ") + fmt(r.target()) + "×";
        return "| " + r.benchmark() + " | " + r.app() + " | " + r.baseline() + " | " + fmt(r.ratio()) + "× | "
                + target + " | " + r.verdict() + (r.note() == null ? "" : " (" + r.note() + ")") + " |";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 0.01 ? "%.2f" : "%.4f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }
}
