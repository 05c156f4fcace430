// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a {@link QualityRule} decided.
 *
 * @param naming how clusters were numbered, in a word ({@code "paper"}, {@code "size"})
 * @param clusterToClass for each cluster index, its class number {@code 1..k}
 * @param labels for each class (index = class − 1), what it means
 * @param goodClasses the classes the rule calls good, best first; empty when none qualifies
 * @param criterion the rule's criterion for "good", stated for the reader, including why no class
 *        qualified when none did
 */
public record ClassRuling(String naming, int[] clusterToClass, List<String> labels, List<Integer> goodClasses,
        String criterion) {

    public ClassRuling {
        labels = List.copyOf(labels);
        goodClasses = List.copyOf(goodClasses);
        if (labels.size() != clusterToClass.length) {
            throw new IllegalArgumentException("one label per class");
        }
        int[] sorted = clusterToClass.clone();
        Arrays.sort(sorted);
        if (!Arrays.equals(sorted, IntStream.rangeClosed(1, clusterToClass.length).toArray())) {
            throw new IllegalArgumentException("clusters must map one to one onto classes 1.." + clusterToClass.length);
        }
        for (int g : goodClasses) {
            if (g < 1 || g > clusterToClass.length) {
                throw new IllegalArgumentException("good class " + g + " is not one of 1.." + clusterToClass.length);
            }
        }
    }

    /**
     * Largest cluster first; ties broken by the cluster's first row, so numbering never depends on
     * chance.
     */
    public static int[] sizeOrder(int[] assignment, int k) {
        int[] size = new int[k];
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < assignment.length; i++) {
            size[assignment[i]]++;
            first[assignment[i]] = Math.min(first[assignment[i]], i);
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> size[x] != size[y] ? Integer.compare(size[y], size[x])
                : Integer.compare(first[x], first[y]));
        int[] map = new int[k];
        for (int rank = 0; rank < k; rank++) {
            map[order[rank]] = rank + 1;
        }
        return map;
    }

    /** Per cluster {@code 0..k-1}, the median of the values of its rows (NaN for an empty cluster). */
    public static double[] clusterMedians(double[] values, int[] assignment, int k) {
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            final int cluster = c;
            double[] members = IntStream.range(0, values.length).filter(i -> assignment[i] == cluster)
                    .mapToDouble(i -> values[i]).sorted().toArray();
            out[c] = median(members);
        }
        return out;
    }

    /** The median of values sorted ascending; NaN when empty. */
    public static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
