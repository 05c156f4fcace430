// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Metrics;

/**
 * Turns clusters into numbered quality classes. The paper's rule (Chen, Duquesnoy et al. 2021)
 * reads the cluster medians: the cluster with the lowest median σN is class 3 (poor conductors);
 * of the other two, the one with the lower median RD is class 1 (conductive and even: the goal)
 * and the other class 2 (conductive but uneven).
 */
final class ClassNaming {

    /** What the paper's classes mean. */
    static final java.util.List<String> PAPER_LABELS = java.util.List.of("high σN, low RD", "high σN, high RD",
            "low σN");

    private ClassNaming() {
    }

    static QualityClasses name(Dataset data, Clustering clustering, String naming) {
        int k = clustering.clusterCount();
        int[] assignment = clustering.assignment();
        boolean paper = switch (naming) {
            case "paper" -> true;
            case "size" -> false;
            default -> k == 3 && data.column("sigmaN").isPresent() && data.column("RD").isPresent()
                    && data.column("sigmaN").get().role() == org.filmlab.core.data.ColumnRole.PROPERTY;
        };
        int[] clusterToClass = paper ? paperOrder(data, assignment, k) : sizeOrder(assignment, k);
        int[] classes = new int[assignment.length];
        int[] sizes = new int[k];
        for (int i = 0; i < assignment.length; i++) {
            classes[i] = clusterToClass[assignment[i]];
            sizes[classes[i] - 1]++;
        }
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (Column c : data.columns()) {
            medians.put(c.key(), medians(c.values(), classes, k));
        }
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int c = 0; c < k; c++) {
            labels.add(paper ? PAPER_LABELS.get(c) : "cluster " + (c + 1) + " by size (" + sizes[c] + " films)");
        }
        return new QualityClasses(paper ? "paper" : "size", classes, clusterToClass, sizes, medians, labels);
    }

    private static int[] paperOrder(Dataset data, int[] assignment, int k) {
        double[] sigma = medians(data.column("sigmaN").orElseThrow().values(), plusOne(assignment), k);
        double[] rd = medians(data.column("RD").orElseThrow().values(), plusOne(assignment), k);
        int low = 0;
        for (int c = 1; c < k; c++) {
            if (sigma[c] < sigma[low]) {
                low = c;
            }
        }
        int a = low == 0 ? 1 : 0;
        int b = 3 - low - a;
        int[] map = new int[k];
        map[low] = 3;
        map[rd[a] <= rd[b] ? a : b] = 1;
        map[rd[a] <= rd[b] ? b : a] = 2;
        return map;
    }

    /** Largest cluster first; ties broken by the cluster's first row, so numbering never depends on chance. */
    private static int[] sizeOrder(int[] assignment, int k) {
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

    private static int[] plusOne(int[] assignment) {
        return Arrays.stream(assignment).map(a -> a + 1).toArray();
    }

    /** Per class 1..k, the median of the values of its rows (0 for an empty class, which K-means does not give). */
    private static double[] medians(double[] values, int[] classes, int k) {
        double[] out = new double[k];
        for (int c = 1; c <= k; c++) {
            final int cls = c;
            double[] members = java.util.stream.IntStream.range(0, values.length).filter(i -> classes[i] == cls)
                    .mapToDouble(i -> values[i]).toArray();
            out[c - 1] = members.length == 0 ? 0.0 : Metrics.median(members);
        }
        return out;
    }
}
