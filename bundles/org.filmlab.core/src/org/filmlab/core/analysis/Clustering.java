// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

/**
 * What a {@link Clusterer} found. Arrays are not copied; never modify them.
 *
 * @param assignment for each input row, its cluster in {@code 0..clusters-1}
 * @param centroids clusters × dimensions
 * @param withinSumOfSquares the sum of squared distances of rows to their centroid (SSE)
 */
public record Clustering(int[] assignment, double[][] centroids, double withinSumOfSquares) {

    public int clusterCount() {
        return centroids.length;
    }

    /**
     * Whether this clustering beats {@code other} as the result of one restart against another:
     * more clusters kept (an algorithm may lose one that empties), then a lower SSE. A tie is not
     * better, so the first of equals stays.
     */
    public boolean isBetterThan(Clustering other) {
        if (clusterCount() != other.clusterCount()) {
            return clusterCount() > other.clusterCount();
        }
        return withinSumOfSquares < other.withinSumOfSquares;
    }

    /**
     * The clustering a hard assignment of rows makes, the same way for every clusterer: clusters
     * numbered by first appearance in row order (so the numbers do not depend on an algorithm's
     * internal order), centroids as the means of each cluster's rows, and the SSE computed from them.
     *
     * @param points rows × dimensions
     * @param assignment for each row a cluster number, any non-negative numbering
     */
    public static Clustering of(double[][] points, int[] assignment) {
        int[] renamed = renumberByFirstAppearance(assignment);
        int dimensions = points.length == 0 ? 0 : points[0].length;
        int clusters = java.util.Arrays.stream(renamed).max().orElse(-1) + 1;
        double[][] centroids = new double[clusters][dimensions];
        int[] size = new int[clusters];
        for (int i = 0; i < points.length; i++) {
            size[renamed[i]]++;
            for (int d = 0; d < dimensions; d++) {
                centroids[renamed[i]][d] += points[i][d];
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
                double diff = points[i][d] - centroids[renamed[i]][d];
                sse += diff * diff;
            }
        }
        return new Clustering(renamed, centroids, sse);
    }

    /**
     * The adjusted Rand index of two partitions of the same rows (Hubert and Arabie 1985): 1 for
     * identical partitions whatever their numbering, about 0 for chance agreement. The one
     * {@code filmlab compare} reports, for contributions that judge agreement between clusterings.
     */
    public static double adjustedRand(int[] a, int[] b) {
        return org.filmlab.core.internal.Metrics.adjustedRand(a, b);
    }

    private static int[] renumberByFirstAppearance(int[] assignment) {
        int[] renamed = new int[assignment.length];
        int max = java.util.Arrays.stream(assignment).max().orElse(-1);
        int[] newNumber = new int[max + 1];
        java.util.Arrays.fill(newNumber, -1);
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
