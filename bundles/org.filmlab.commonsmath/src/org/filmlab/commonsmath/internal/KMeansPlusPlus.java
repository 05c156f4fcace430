// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.commonsmath.internal;

import java.util.Arrays;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Apache Commons Math 3.6.1's {@code KMeansPlusPlusClusterer}, as {@link LloydKMeansClusterer} used
 * it (Euclidean distance, an emptied cluster refilled from the cluster of largest distance
 * variance), ported to arrays: a cluster is the rows its number marks in one {@code int[]}, not a
 * list of row objects. Commons Math grows a list of up to all the rows per cluster at every
 * iteration; at 10⁶ films those lists are "humongous" objects that filled the heap.
 * <p>
 * Every floating-point operation is Commons Math's, in its order, so the clustering and its doubles
 * are the same to the bit ({@code KMeansPlusPlusTest} compares the two): the distance is
 * {@code MathArrays.distance}'s (the square root of the sum of squared differences, dimension by
 * dimension; k-means++ squares that root again), a centroid is its rows' sum in row order divided
 * by their count, the nearest centre is the first of the smallest distances, and the generator is
 * drawn from at the same points (the first centre, each D² draw, each refill).
 */
final class KMeansPlusPlus {

    /**
     * @param assignment each row's cluster, an index into {@code centers}
     * @param centers the clusters' centres of the last iteration (Commons Math's
     *            {@code CentroidCluster.getCenter()}): the means the last assignment was made to, or
     *            the row a cluster was refilled with
     */
    record Result(int[] assignment, double[][] centers) {
    }

    private KMeansPlusPlus() {
    }

    /**
     * Lloyd's iterations from k-means++ starts: {@code KMeansPlusPlusClusterer.cluster}.
     *
     * @param points rows × dimensions, at least {@code k} rows; not modified, and rows may become
     *            centres ({@code centers} then shares them)
     * @param maxIterations at most this many iterations, none if negative
     * @param random drawn from exactly as Commons Math draws
     */
    static Result cluster(double[][] points, int k, int maxIterations, RandomGenerator random) {
        if (points.length < k) {
            throw new IllegalArgumentException(k + " clusters need at least " + k + " rows, not " + points.length);
        }
        int dimension = points[0].length;
        double[][] centers = chooseInitialCenters(points, k, random);
        int[] assignments = new int[points.length];
        int[] sizes = new int[centers.length];
        // Commons Math adds each row to its cluster's list in row order and later sums each list in
        // that order (centroidOf); here the sums are taken while assigning, in the same order.
        double[][] sums = new double[centers.length][dimension];
        assignPointsToClusters(centers, points, assignments, sizes, sums);

        int max = maxIterations < 0 ? Integer.MAX_VALUE : maxIterations;
        for (int count = 0; count < max; count++) {
            boolean emptyCluster = false;
            // Clusters whose rows a refill took after their sums were taken: summed again, skipping it.
            boolean[] depleted = new boolean[centers.length];
            double[][] newCenters = new double[centers.length][];
            for (int c = 0; c < centers.length; c++) {
                if (sizes[c] == 0) {
                    newCenters[c] = points[takeFromLargestVarianceCluster(centers, points, assignments, sizes,
                            depleted, random)];
                    emptyCluster = true;
                } else {
                    if (depleted[c]) {
                        sumCluster(c, points, assignments, sums[c]);
                    }
                    newCenters[c] = centroidOf(sums[c], sizes[c]);
                }
            }
            for (double[] sum : sums) {
                Arrays.fill(sum, 0.0);
            }
            int changes = assignPointsToClusters(newCenters, points, assignments, sizes, sums);
            centers = newCenters;
            if (changes == 0 && !emptyCluster) {
                break;
            }
        }
        return new Result(assignments, centers);
    }

    /**
     * {@code chooseInitialCenters}: the first centre a uniform draw among the rows, each next one a
     * draw with probability proportional to the squared distance to the nearest centre so far, over
     * the rows not yet taken (the last one left if rounding leaves the draw unmatched).
     */
    private static double[][] chooseInitialCenters(double[][] points, int k, RandomGenerator random) {
        int numPoints = points.length;
        boolean[] taken = new boolean[numPoints];
        double[][] centers = new double[k][];
        int chosen = 0;

        int firstPointIndex = random.nextInt(numPoints);
        double[] firstPoint = points[firstPointIndex];
        centers[chosen++] = firstPoint;
        taken[firstPointIndex] = true;

        double[] minDistSquared = new double[numPoints];
        for (int i = 0; i < numPoints; i++) {
            if (i != firstPointIndex) {
                double d = distance(firstPoint, points[i]);
                minDistSquared[i] = d * d;
            }
        }

        while (chosen < k) {
            double distSqSum = 0.0;
            for (int i = 0; i < numPoints; i++) {
                if (!taken[i]) {
                    distSqSum += minDistSquared[i];
                }
            }
            double r = random.nextDouble() * distSqSum;

            int nextPointIndex = -1;
            double sum = 0.0;
            for (int i = 0; i < numPoints; i++) {
                if (!taken[i]) {
                    sum += minDistSquared[i];
                    if (sum >= r) {
                        nextPointIndex = i;
                        break;
                    }
                }
            }
            if (nextPointIndex == -1) {
                for (int i = numPoints - 1; i >= 0; i--) {
                    if (!taken[i]) {
                        nextPointIndex = i;
                        break;
                    }
                }
            }
            if (nextPointIndex < 0) {
                break; // every row is a centre already (not reached with k ≤ rows)
            }
            double[] p = points[nextPointIndex];
            centers[chosen++] = p;
            taken[nextPointIndex] = true;
            if (chosen < k) {
                for (int j = 0; j < numPoints; j++) {
                    if (!taken[j]) {
                        double d = distance(p, points[j]);
                        double d2 = d * d;
                        if (d2 < minDistSquared[j]) {
                            minDistSquared[j] = d2;
                        }
                    }
                }
            }
        }
        return chosen == k ? centers : Arrays.copyOf(centers, chosen);
    }

    /**
     * {@code assignPointsToClusters}: each row to its nearest centre, counted, and its coordinates
     * added to its cluster's sums.
     *
     * @return how many rows changed cluster
     */
    private static int assignPointsToClusters(double[][] centers, double[][] points, int[] assignments, int[] sizes,
            double[][] sums) {
        Arrays.fill(sizes, 0);
        int assignedDifferently = 0;
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            int clusterIndex = nearestCluster(centers, p);
            if (clusterIndex != assignments[i]) {
                assignedDifferently++;
            }
            sizes[clusterIndex]++;
            double[] sum = sums[clusterIndex];
            for (int d = 0; d < sum.length; d++) {
                sum[d] += p[d];
            }
            assignments[i] = clusterIndex;
        }
        return assignedDifferently;
    }

    /** {@code getNearestCluster}: the first centre at the smallest distance (compared as roots). */
    private static int nearestCluster(double[][] centers, double[] point) {
        double minDistance = Double.MAX_VALUE;
        int minCluster = 0;
        for (int c = 0; c < centers.length; c++) {
            double distance = distance(point, centers[c]);
            if (distance < minDistance) {
                minDistance = distance;
                minCluster = c;
            }
        }
        return minCluster;
    }

    /** {@code centroidOf}'s division: the sum in row order, divided by the count. */
    private static double[] centroidOf(double[] sum, int size) {
        double[] centroid = sum.clone();
        for (int d = 0; d < centroid.length; d++) {
            centroid[d] /= size;
        }
        return centroid;
    }

    /** The sums of cluster {@code c}'s rows, in row order, into {@code sum}. */
    private static void sumCluster(int c, double[][] points, int[] assignments, double[] sum) {
        Arrays.fill(sum, 0.0);
        for (int i = 0; i < points.length; i++) {
            if (assignments[i] == c) {
                double[] p = points[i];
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += p[d];
                }
            }
        }
    }

    /**
     * {@code getPointFromLargestVarianceCluster}: among the non-empty clusters, the first of the
     * largest (bias-corrected) variance of their rows' distances to their centre, accumulated in row
     * order by Commons Math's own {@link Variance}; from it, the row a uniform draw picks among its
     * rows in row order, taken out of it: its assignment becomes -1, which the next assignment
     * overwrites (and counts as a change, which does not matter: an iteration that refills a cluster
     * never ends the run on its count of changes), and the cluster is marked depleted.
     *
     * @return the row taken
     */
    private static int takeFromLargestVarianceCluster(double[][] centers, double[][] points, int[] assignments,
            int[] sizes, boolean[] depleted, RandomGenerator random) {
        Variance[] stats = new Variance[centers.length];
        for (int c = 0; c < centers.length; c++) {
            stats[c] = new Variance();
        }
        for (int i = 0; i < points.length; i++) {
            int c = assignments[i];
            if (c >= 0) {
                stats[c].increment(distance(points[i], centers[c]));
            }
        }
        double maxVariance = Double.NEGATIVE_INFINITY;
        int selected = -1;
        for (int c = 0; c < centers.length; c++) {
            if (sizes[c] > 0) {
                double variance = stats[c].getResult();
                if (variance > maxVariance) {
                    maxVariance = variance;
                    selected = c;
                }
            }
        }
        if (selected < 0) {
            throw new IllegalStateException("every cluster is empty"); // not reached with k ≤ rows
        }
        int remaining = random.nextInt(sizes[selected]);
        for (int i = 0; i < points.length; i++) {
            if (assignments[i] == selected && remaining-- == 0) {
                assignments[i] = -1;
                sizes[selected]--;
                depleted[selected] = true;
                return i;
            }
        }
        throw new IllegalStateException("cluster " + selected + " has fewer rows than counted");
    }

    /** {@code MathArrays.distance}. */
    static double distance(double[] p1, double[] p2) {
        double sum = 0;
        for (int i = 0; i < p1.length; i++) {
            double dp = p1[i] - p2[i];
            sum += dp * dp;
        }
        return Math.sqrt(sum);
    }
}
