package org.meetingdesk.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics over measured samples (nearest-rank percentiles, so they are real samples). */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
