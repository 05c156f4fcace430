// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Classification metrics from a confusion matrix, with scikit-learn's conventions so the numbers
 * compare: a class counts towards the macro average when it occurs among the actual or the
 * predicted labels, and a class never predicted has precision 0 (so F1 0) rather than NaN.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Per class label (1-based, as text) present in actual or predicted rows, its F1. */
    public static Map<String, Double> f1PerClass(int[][] confusion) {
        Map<String, Double> out = new LinkedHashMap<>();
        int k = confusion.length;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int actual = Arrays.stream(confusion[c]).sum();
            int predicted = 0;
            for (int[] row : confusion) {
                predicted += row[c];
            }
            if (actual == 0 && predicted == 0) {
                continue;
            }
            double f1 = tp == 0 ? 0.0 : 2.0 * tp / (actual + predicted);
            out.put(Integer.toString(c + 1), f1);
        }
        return out;
    }

    public static double macroF1(int[][] confusion) {
        Map<String, Double> f1 = f1PerClass(confusion);
        return f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
    }

    public static double accuracy(int[][] confusion) {
        int right = 0;
        int all = 0;
        for (int i = 0; i < confusion.length; i++) {
            for (int j = 0; j < confusion.length; j++) {
                all += confusion[i][j];
                right += i == j ? confusion[i][j] : 0;
            }
        }
        return all == 0 ? 0.0 : (double) right / all;
    }

    public static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0.0);
    }

    /** Sample standard deviation (n − 1); 0 for fewer than two values. */
    public static double sd(double[] v) {
        if (v.length < 2) {
            return 0.0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    /** The median of the values (average of the middle two for an even count). */
    public static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }

    /**
     * The adjusted Rand index of two partitions of the same rows (Hubert and Arabie 1985): 1 for
     * identical partitions whatever their labels, about 0 for chance agreement.
     */
    public static double adjustedRand(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("partitions of different row counts");
        }
        java.util.Map<Long, Integer> cells = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> rows = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> cols = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            cols.merge(b[i], 1, Integer::sum);
        }
        double index = cells.values().stream().mapToDouble(Metrics::pairs).sum();
        double sumA = rows.values().stream().mapToDouble(Metrics::pairs).sum();
        double sumB = cols.values().stream().mapToDouble(Metrics::pairs).sum();
        double expected = sumA * sumB / pairs(a.length);
        double max = (sumA + sumB) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}
