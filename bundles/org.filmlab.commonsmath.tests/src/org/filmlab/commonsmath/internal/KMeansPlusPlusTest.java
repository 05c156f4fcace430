// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.commonsmath.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.junit.jupiter.api.Test;

/**
 * The port against its original: {@link KMeansPlusPlus} and Commons Math 3.6.1's
 * {@link KMeansPlusPlusClusterer} (Euclidean distance, largest-variance refill: what FilmLab ran
 * before the port), from generators of the same seed, must give the same assignment of every row,
 * the same centres to the last bit and the same number of draws. Random problems of every shape the
 * algorithm branches on: 1 to 5 dimensions, k from 1 to 8, from k rows to a few thousand,
 * iteration limits that stop runs early, coordinates on a small integer grid (equal distances, so
 * the first-of-equals rule decides), few distinct rows (k-means++ draws with zero total weight,
 * duplicate centres, clusters that empty and are refilled), large offsets (rounding), and
 * continuous data. A change in the order of any floating-point operation changes some centre's last
 * bits on these problems and fails the test.
 */
class KMeansPlusPlusTest {

    /** A row with its index, so that Commons Math's clusters tell which rows they hold. */
    private static final class Row extends DoublePoint {

        private static final long serialVersionUID = 1L;

        final int index;

        Row(double[] point, int index) {
            super(point);
            this.index = index;
        }
    }

    /** Well19937c counting its bounded integer draws: the first centre's, then one per refill. */
    private static final class CountingWell extends Well19937c {

        private static final long serialVersionUID = 1L;

        int boundedDraws;

        CountingWell(long seed) {
            super(seed);
        }

        @Override
        public int nextInt(int n) {
            boundedDraws++;
            return super.nextInt(n);
        }
    }

    /** Runs both from the seed, asserts they agree, and tells whether a cluster was refilled. */
    private static boolean assertSameAsCommonsMath(String problem, double[][] points, int k, int maxIterations,
            long seed) {
        CountingWell portRandom = new CountingWell(seed);
        KMeansPlusPlus.Result port = KMeansPlusPlus.cluster(KMeansPlusPlus.Rows.of(points), k, maxIterations,
                portRandom);

        CountingWell referenceRandom = new CountingWell(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            rows.add(new Row(points[i], i));
        }
        List<CentroidCluster<Row>> reference = new KMeansPlusPlusClusterer<Row>(k, maxIterations,
                new EuclideanDistance(), referenceRandom).cluster(rows);

        assertEquals(reference.size(), port.centers().length, problem + ": clusters");
        int[] referenceAssignment = new int[points.length];
        Arrays.fill(referenceAssignment, -1);
        for (int c = 0; c < reference.size(); c++) {
            for (Row row : reference.get(c).getPoints()) {
                referenceAssignment[row.index] = c;
            }
            assertArrayEquals(bits(reference.get(c).getCenter().getPoint()), bits(port.centers()[c]),
                    problem + ": centre " + c);
        }
        assertArrayEquals(referenceAssignment, port.assignment(), problem + ": assignment");
        assertEquals(referenceRandom.boundedDraws, portRandom.boundedDraws, problem + ": refills");
        assertEquals(referenceRandom.nextLong(), portRandom.nextLong(), problem + ": the generator's next draw");
        return portRandom.boundedDraws > 1;
    }

    private static long[] bits(double... values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private enum Shape {
        /** Three blobs. */
        CONTINUOUS,
        /** Small integers: many rows at equal distances from two centres. */
        GRID,
        /** Copies of 1 to 6 rows, on a grid or not: duplicate centres, clusters that empty. */
        FEW_DISTINCT,
        /**
         * Three cells 7·10⁷ apart in the first dimension, 0 or 1 in the others: squared distances
         * across cells are integers about 5·10¹⁵, where sums 1 apart have the same root, so the
         * nearest centre can be decided by equal roots (the first wins), not by the squares.
         */
        FAR_GRID,
        /** Tiny differences on a large offset: rounding in every sum. */
        OFFSET
    }

    private static double[][] problem(Shape shape, int rows, int dimensions, SplittableRandom random) {
        double[][] distinct = new double[1 + random.nextInt(6)][dimensions];
        boolean onGrid = random.nextBoolean();
        for (double[] row : distinct) {
            for (int d = 0; d < dimensions; d++) {
                row[d] = onGrid ? random.nextInt(5) - 2 : random.nextDouble(-2, 2);
            }
        }
        double[][] points = new double[rows][dimensions];
        for (int i = 0; i < rows; i++) {
            double centre = random.nextInt(3) * 4.0;
            for (int d = 0; d < dimensions; d++) {
                points[i][d] = switch (shape) {
                    case CONTINUOUS -> centre + random.nextDouble(-3, 3);
                    case GRID -> random.nextInt(4);
                    case FEW_DISTINCT -> distinct[i % distinct.length][d];
                    case FAR_GRID -> d == 0 ? 7e7 * (random.nextInt(3) - 1) : random.nextInt(2);
                    case OFFSET -> 1e6 + centre * 1e-3 + random.nextDouble() * 1e-2;
                };
            }
        }
        return points;
    }

    @Test
    void randomProblemsGiveTheSameClusteringToTheBit() {
        SplittableRandom random = new SplittableRandom(20210401L);
        int[] sizes = {0, 1, 7, 40, 150, 600, 2500};
        int[] limits = {1, 2, 3, 10, 300};
        int refilled = 0;
        int problems = 0;
        for (Shape shape : Shape.values()) {
            for (int p = 0; p < 70; p++) {
                int k = 1 + random.nextInt(8);
                int rows = k + sizes[random.nextInt(sizes.length)];
                int dimensions = 1 + random.nextInt(5);
                int maxIterations = limits[random.nextInt(limits.length)];
                long seed = random.nextLong();
                String name = shape + " #" + p + " (" + rows + " rows, " + dimensions + " dimensions, k " + k
                        + ", at most " + maxIterations + " iterations, seed " + seed + ")";
                if (assertSameAsCommonsMath(name, problem(shape, rows, dimensions, random), k, maxIterations,
                        seed)) {
                    refilled++;
                }
                problems++;
            }
        }
        // The refill path (an emptied cluster, Commons Math's variance of distances, a row taken out of
        // a list) must have been compared too, not just Lloyd's iterations.
        assertTrue(refilled >= 20, refilled + " of " + problems + " problems refilled a cluster");
    }

    @Test
    void theDistanceIsMathArraysDistanceToTheBit() {
        // Lloyd's results show a distance only through which centre is nearest; compared directly, a
        // change of order in its sum (from 3 dimensions on) shows in the last bits.
        SplittableRandom random = new SplittableRandom(5);
        for (int t = 0; t < 20_000; t++) {
            int dimensions = 1 + random.nextInt(5);
            double scale = Math.pow(10, random.nextInt(-3, 9));
            double[] a = random.doubles(dimensions, -scale, scale).toArray();
            double[] b = random.doubles(dimensions, -scale, scale).toArray();
            assertArrayEquals(bits(MathArrays.distance(a, b)), bits(KMeansPlusPlus.distance(a, KMeansPlusPlus.Rows.of(new double[][] {b}), 0)),
                    Arrays.toString(a) + " to " + Arrays.toString(b));
        }
    }

    @Test
    void equalRootsGoToTheFirstCentreNotToTheSmallerSquare() {
        // From the middle rows, the outer ones are 7·10⁷ away: squared distances 4.9·10¹⁵ and
        // 4.9·10¹⁵ + 1, whose roots are the same double. Commons Math compares roots, so the first
        // centre wins; comparing squares would send one middle row to the other centre.
        double[][] points = {{-7e7, 0}, {7e7, 1}, {0, 0}, {0, 1}, {-7e7, 0}, {7e7, 1}};
        for (long seed = 1; seed <= 20; seed++) {
            assertSameAsCommonsMath("outer centres, seed " + seed, points, 2, 1, seed);
        }
    }

    @Test
    void identicalRowsRefillEveryIterationTheSameWay() {
        // k-means++ draws with zero total weight, every centre is the same point, rows go to the first
        // centre, and clusters 2 and 3 are refilled at each iteration from variances all 0.
        double[][] points = new double[50][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {1.5, -2.0};
        }
        assertTrue(assertSameAsCommonsMath("identical rows", points, 3, 20, 11L));
    }

    @Test
    void theClustererGivesTheClusteringsOfCommonsMathsClusterer() {
        // LloydKMeansClusterer with its defaults (k 3, best of 10 restarts, at most 300 iterations)
        // against the same restarts run as it ran them before the port, on Commons Math's clusterer.
        LloydKMeansClusterer clusterer = new LloydKMeansClusterer();
        SplittableRandom random = new SplittableRandom(3);
        for (Shape shape : Shape.values()) {
            double[][] points = problem(shape, 3000, 2, random);
            long seed = random.nextLong();
            Clustering before = Clusterer.bestOfRuns(10, seed, null, runSeed -> {
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < points.length; i++) {
                    rows.add(new Row(points[i], i));
                }
                List<CentroidCluster<Row>> clusters = new KMeansPlusPlusClusterer<Row>(3, 300,
                        new EuclideanDistance(), new Well19937c(runSeed)).cluster(rows);
                int[] assignment = new int[points.length];
                for (int c = 0; c < clusters.size(); c++) {
                    for (Row row : clusters.get(c).getPoints()) {
                        assignment[row.index] = c;
                    }
                }
                return Clustering.of(points, assignment);
            });
            Clustering after = clusterer.cluster(points, clusterer.parameters().defaults(), seed, null);
            assertArrayEquals(before.assignment(), after.assignment(), shape.toString());
            assertArrayEquals(bits(before.withinSumOfSquares()), bits(after.withinSumOfSquares()), shape.toString());
            for (int c = 0; c < before.clusterCount(); c++) {
                assertArrayEquals(bits(before.centroids()[c]), bits(after.centroids()[c]), shape + ", centroid " + c);
            }
        }
    }
}
