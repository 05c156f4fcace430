// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.Arrays;

import org.filmlab.core.analysis.Clustering;

/**
 * Turns a Weka assignment into FilmLab's {@link Clustering} the same way for every clusterer:
 * clusters numbered by first appearance in row order (so numbers do not depend on Weka's internal
 * order), centroids as the means of each cluster's rows and the SSE computed from them.
 */
final class Clusterings {

    private Clusterings() {
    }

    static Clustering of(double[][] points, int[] wekaAssignment) {
        int[] assignment = renumberByFirstAppearance(wekaAssignment);
        int dimensions = points.length == 0 ? 0 : points[0].length;
        int clusters = Arrays.stream(assignment).max().orElse(-1) + 1;
        double[][] centroids = new double[clusters][dimensions];
        int[] size = new int[clusters];
        for (int i = 0; i < points.length; i++) {
            size[assignment[i]]++;
            for (int d = 0; d < dimensions; d++) {
                centroids[assignment[i]][d] += points[i][d];
            }
        }
        for (int c = 0; c < clusters; c++) {
            for (int d = 0; d < dimensions; d++) {
                centroids[c][d] /= size[c];
            }
        }
        double sse = 0;
        for (int i = 0; i < points.length; i++) {
            for (int d = 0; d < dimensions; d++) {
                double diff = points[i][d] - centroids[assignment[i]][d];
                sse += diff * diff;
            }
        }
        return new Clustering(assignment, centroids, sse);
    }

    /** Cluster numbers in the order the clusters first occur in the rows. */
    static int[] renumberByFirstAppearance(int[] assignment) {
        int[] renamed = new int[assignment.length];
        int max = Arrays.stream(assignment).max().orElse(-1);
        int[] newNumber = new int[max + 1];
        Arrays.fill(newNumber, -1);
        int next = 0;
        for (int i = 0; i < assignment.length; i++) {
            int old = assignment[i];
            if (newNumber[old] < 0) {
                newNumber[old] = next++;
            }
            renamed[i] = newNumber[old];
        }
        return renamed;
    }
}
