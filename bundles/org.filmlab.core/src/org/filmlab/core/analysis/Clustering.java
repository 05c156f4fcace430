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
}
