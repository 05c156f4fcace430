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
 * iteration of every restart: at 10⁶ films arrays of up to 4 MB each time, G1 "humongous" objects.
 * <p>
 * Every floating-point operation is Commons Math's, in its order, so the clustering and its doubles
 * are the same to the bit ({@code KMeansPlusPlusTest} compares the two): the distance is
 * {@code MathArrays.distance}'s (the square root of the sum of squared differences, dimension by
 * dimension; k-means++ squares that root again), a centroid is its rows' sum in row order divided
 * by their count, the nearest centre is the first of the smallest distances, and the generator is
 * drawn from at the same points (the first centre, each D² draw, each refill). The rows are read from
 * one array ({@link Rows}), made once for all the restarts.
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

    /**
     * Rows one after the other in one array: what {@link #cluster} reads, in order, without an
     * object header and a reference per row (16 bytes a row instead of 36 at two dimensions).
     *
     * @param x row i's coordinates at {@code x[i·dimension]} to {@code x[i·dimension + dimension - 1]}
     */
    record Rows(double[] x, int count, int dimension) {

        static Rows of(double[][] points) {
            int dimension = points.length == 0 ? 0 : points[0].length;
            double[] x = new double[Math.multiplyExact(points.length, dimension)];
            for (int i = 0; i < points.length; i++) {
                System.arraycopy(points[i], 0, x, i * dimension, dimension);
            }
            return new Rows(x, points.length, dimension);
        }

        double[] row(int i) {
            return Arrays.copyOfRange(x, i * dimension, i * dimension + dimension);
        }
    }

    private KMeansPlusPlus() {
    }

    /**
     * Lloyd's iterations from k-means++ starts: {@code KMeansPlusPlusClusterer.cluster}.
     *
     * @param rows at least {@code k}; not modified
     * @param maxIterations at most this many iterations, none if negative
     * @param random drawn from exactly as Commons Math draws
     */
    static Result cluster(Rows rows, int k, int maxIterations, RandomGenerator random) {
        if (rows.count() < k) {
            throw new IllegalArgumentException(k + " clusters need at least " + k + " rows, not " + rows.count());
        }
        double[][] centers = chooseInitialCenters(rows, k, random);
        int[] assignments = new int[rows.count()];
        int[] sizes = new int[centers.length];
        // Commons Math adds each row to its cluster's list in row order and later sums each list in
        // that order (centroidOf); here the sums are taken while assigning, in the same order.
        double[][] sums = new double[centers.length][rows.dimension()];
        assignPointsToClusters(centers, rows, assignments, sizes, sums);

        int max = maxIterations < 0 ? Integer.MAX_VALUE : maxIterations;
        for (int count = 0; count < max; count++) {
            boolean emptyCluster = false;
            // Clusters whose rows a refill took after their sums were taken: summed again, skipping it.
            boolean[] depleted = new boolean[centers.length];
            double[][] newCenters = new double[centers.length][];
            for (int c = 0; c < centers.length; c++) {
                if (sizes[c] == 0) {
                    newCenters[c] = rows.row(takeFromLargestVarianceCluster(centers, rows, assignments, sizes,
                            depleted, random));
                    emptyCluster = true;
                } else {
                    if (depleted[c]) {
                        sumCluster(c, rows, assignments, sums[c]);
                    }
                    newCenters[c] = centroidOf(sums[c], sizes[c]);
                }
            }
            for (double[] sum : sums) {
                Arrays.fill(sum, 0.0);
            }
            int changes = assignPointsToClusters(newCenters, rows, assignments, sizes, sums);
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
    private static double[][] chooseInitialCenters(Rows rows, int k, RandomGenerator random) {
        int numPoints = rows.count();
        boolean[] taken = new boolean[numPoints];
        double[][] centers = new double[k][];
        int chosen = 0;

        int firstPointIndex = random.nextInt(numPoints);
        double[] firstPoint = rows.row(firstPointIndex);
        centers[chosen++] = firstPoint;
        taken[firstPointIndex] = true;

        double[] minDistSquared = new double[numPoints];
        for (int i = 0; i < numPoints; i++) {
            if (i != firstPointIndex) {
                double d = distance(firstPoint, rows, i);
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
            double[] p = rows.row(nextPointIndex);
            centers[chosen++] = p;
            taken[nextPointIndex] = true;
            if (chosen < k) {
                for (int j = 0; j < numPoints; j++) {
                    if (!taken[j]) {
                        double d = distance(p, rows, j);
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
     * {@code assignPointsToClusters} with {@code getNearestCluster}: each row to the first centre at
     * the smallest distance, counted, and its coordinates added to its cluster's sums. Distances are
     * compared as roots, as Commons Math compares them: different squares can have the same root,
     * and then the first centre wins. A root is only taken when the square is below the nearest
     * one's so far; a square not below it has a root not below it either.
     *
     * @return how many rows changed cluster
     */
    private static int assignPointsToClusters(double[][] centers, Rows rows, int[] assignments, int[] sizes,
            double[][] sums) {
        Arrays.fill(sizes, 0);
        double[] x = rows.x();
        int dimension = rows.dimension();
        int assignedDifferently = 0;
        for (int i = 0, base = 0; i < assignments.length; i++, base += dimension) {
            double minSquare = Double.POSITIVE_INFINITY;
            double minDistance = Double.MAX_VALUE;
            int clusterIndex = 0;
            for (int c = 0; c < centers.length; c++) {
                double square = squaredDistance(centers[c], x, base);
                if (square < minSquare) {
                    double distance = Math.sqrt(square);
                    if (distance < minDistance) {
                        minDistance = distance;
                        minSquare = square;
                        clusterIndex = c;
                    }
                }
            }
            if (clusterIndex != assignments[i]) {
                assignedDifferently++;
            }
            sizes[clusterIndex]++;
            double[] sum = sums[clusterIndex];
            for (int d = 0; d < dimension; d++) {
                sum[d] += x[base + d];
            }
            assignments[i] = clusterIndex;
        }
        return assignedDifferently;
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
    private static void sumCluster(int c, Rows rows, int[] assignments, double[] sum) {
        Arrays.fill(sum, 0.0);
        double[] x = rows.x();
        for (int i = 0; i < assignments.length; i++) {
            if (assignments[i] == c) {
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += x[i * sum.length + d];
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
    private static int takeFromLargestVarianceCluster(double[][] centers, Rows rows, int[] assignments, int[] sizes,
            boolean[] depleted, RandomGenerator random) {
        Variance[] stats = new Variance[centers.length];
        for (int c = 0; c < centers.length; c++) {
            stats[c] = new Variance();
        }
        for (int i = 0; i < assignments.length; i++) {
            int c = assignments[i];
            if (c >= 0) {
                stats[c].increment(distance(centers[c], rows, i));
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
        for (int i = 0; i < assignments.length; i++) {
            if (assignments[i] == selected && remaining-- == 0) {
                assignments[i] = -1;
                sizes[selected]--;
                depleted[selected] = true;
                return i;
            }
        }
        throw new IllegalStateException("cluster " + selected + " has fewer rows than counted");
    }

    /** {@code MathArrays.distance} between a point and row i. */
    static double distance(double[] point, Rows rows, int i) {
        return Math.sqrt(squaredDistance(point, rows.x(), i * point.length));
    }

    /**
     * {@code MathArrays.distance}'s sum: the squared differences of a point and the row at
     * {@code x[base]}, added dimension by dimension from 0 (the sign of a difference does not change
     * its square).
     */
    private static double squaredDistance(double[] point, double[] x, int base) {
        double sum = 0;
        for (int d = 0; d < point.length; d++) {
            double dp = point[d] - x[base + d];
            sum += dp * dp;
        }
        return sum;
    }
}
