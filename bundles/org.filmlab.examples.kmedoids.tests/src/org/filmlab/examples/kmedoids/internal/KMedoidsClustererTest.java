// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.examples.kmedoids.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ClustererContract;
import org.junit.jupiter.api.Test;

/**
 * PAM under FilmLab's contract (the kit: parameters, validation, seed, cancel, input untouched, the
 * plugin.xml entry), and on data small enough to check by hand or by exhaustive search. The references
 * are worked out in the comments or computed here by brute force over all medoid sets, never by the
 * code under test.
 */
class KMedoidsClustererTest extends ClustererContract<KMedoidsClusterer> {

    private final KMedoidsClusterer pam = new KMedoidsClusterer();

    @Override
    protected KMedoidsClusterer contribution() {
        return new KMedoidsClusterer();
    }

    @Override
    protected String id() {
        return "org.filmlab.examples.kmedoids";
    }

    private static double[][] line(double... xs) {
        return Arrays.stream(xs).mapToObj(x -> new double[] { x }).toArray(double[][]::new);
    }

    /** The rows whose coordinates are the centroids, in cluster order: PAM's medoids. */
    private static int[] medoidRows(double[][] points, Clustering c) {
        int[] rows = new int[c.clusterCount()];
        for (int m = 0; m < rows.length; m++) {
            rows[m] = -1;
            for (int i = 0; i < points.length && rows[m] < 0; i++) {
                if (Arrays.equals(points[i], c.centroids()[m])) {
                    rows[m] = i;
                }
            }
            assertTrue(rows[m] >= 0, "centroid " + m + " is not one of the rows: " + Arrays.toString(c.centroids()[m]));
        }
        return rows;
    }

    private static double euclid(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += (a[d] - b[d]) * (a[d] - b[d]);
        }
        return Math.sqrt(s);
    }

    /** PAM's objective: the sum over all rows of the distance to the nearest of the given medoid rows. */
    private static double totalDistance(double[][] points, int[] medoids) {
        double total = 0;
        for (double[] p : points) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int m : medoids) {
                nearest = Math.min(nearest, euclid(p, points[m]));
            }
            total += nearest;
        }
        return total;
    }

    // ------------------------------------------------------------------ parameters and validation

    @Test
    void declaresKAndMaxSwapsWithTheirDefaultsAndBounds() {
        assertEquals(List.of(Clusterer.K, KMedoidsClusterer.MAX_SWAPS), pam.parameters().keys());
        ParameterValues defaults = pam.parameters().defaults();
        assertEquals(3, defaults.getInt(Clusterer.K));
        assertEquals(100, defaults.getInt(KMedoidsClusterer.MAX_SWAPS));
        for (int bad : new int[] { 1, 21 }) {
            Problems problems = new Problems();
            assertNull(pam.parameters().resolve(Map.of(Clusterer.K, bad), "kmedoids", problems));
            assertEquals("kmedoids.k", problems.list().get(0).where());
        }
        Problems problems = new Problems();
        assertNull(pam.parameters().resolve(Map.of(KMedoidsClusterer.MAX_SWAPS, -1), "kmedoids", problems));
        assertNotNull(valuesWith(Map.of(Clusterer.K, 20, KMedoidsClusterer.MAX_SWAPS, 0)));
    }

    @Test
    void citesKaufmanAndRousseeuw() {
        assertTrue(pam.references().stream().anyMatch(r -> r.contains("Kaufman") && r.contains("1990")),
                pam.references()::toString);
    }

    @Test
    void validateRejectsMoreClustersThanRows() {
        DataShape four = new DataShape(4, List.of("PC1", "PC2"), List.of(), List.of(), 0);
        Problems problems = new Problems();
        pam.validate(valuesWith(Map.of(Clusterer.K, 5)), four, problems);
        assertEquals(1, problems.list().size(), problems::toString);
        assertEquals(Clusterer.K, problems.list().get(0).where());
        assertTrue(problems.list().get(0).message().contains("up to 4"), problems::toString);

        Problems none = new Problems();
        pam.validate(valuesWith(Map.of(Clusterer.K, 4)), four, none);
        assertTrue(none.isEmpty(), none::toString);
        // cluster() refuses too, for callers that skip the engine's check.
        assertThrows(IllegalArgumentException.class,
                () -> pam.cluster(line(0, 1, 2, 3), valuesWith(Map.of(Clusterer.K, 5)), 1, null));
    }

    @Test
    void refusesRaggedOrNonFiniteRows() {
        ParameterValues two = valuesWith(Map.of(Clusterer.K, 2));
        assertThrows(IllegalArgumentException.class,
                () -> pam.cluster(new double[][] { { 0, 0 }, { 1 }, { 2, 2 } }, two, 1, null));
        assertThrows(IllegalArgumentException.class,
                () -> pam.cluster(new double[][] { { 0, 0 }, { 1, Double.NaN }, { 2, 2 } }, two, 1, null));
    }

    // ------------------------------------------------------------------ hand-checked clusterings

    @Test
    void threeObviousBlobsGiveTheirCentresAsMedoids() {
        // Three plus signs: a centre and four points at distance 1 on the axes, around (0, 0), (10, 0)
        // and (0, 10), rows interleaved. Within a blob the centre's distance sum is 4, an arm's is
        // 1 + 2 + 2·√2 ≈ 5.83, so the centres are the medoids; the other blobs are ≥ 8 away.
        double[][] centres = { { 0, 0 }, { 10, 0 }, { 0, 10 } };
        double[][] offsets = { { 1, 0 }, { 0, 1 }, { 0, 0 }, { -1, 0 }, { 0, -1 } };
        double[][] points = new double[15][];
        int[] blob = new int[15];
        for (int i = 0; i < 15; i++) {
            blob[i] = i % 3;
            double[] o = offsets[i / 3];
            points[i] = new double[] { centres[blob[i]][0] + o[0], centres[blob[i]][1] + o[1] };
        }
        Clustering c = pam.cluster(points, values(), 7, null);

        assertEquals(3, c.clusterCount());
        // Clusters are numbered by first appearance in row order: rows 0, 1, 2 are in blobs 0, 1, 2.
        assertArrayEquals(blob, c.assignment());
        for (int b = 0; b < 3; b++) {
            assertArrayEquals(centres[b], c.centroids()[b], 0.0, "medoid of blob " + b);
        }
        // 3 blobs × 4 arms × 1² (the medoids are exact input rows, so the sum is exact).
        assertEquals(12.0, c.withinSumOfSquares(), 1e-12);
    }

    @Test
    void swapImprovesOnBuildAndTiesGoToTheLowerRow() {
        // Worked by hand on the line 0, 1, 4, 10, 11 with k = 2 (rows 0..4).
        // BUILD: distance sums 26, 23, 20, 26, 29, so x = 4 (row 2) first; then x = 10 and x = 11 both
        // lower the total from 20 to 8 (a tie), and the lower row, x = 10, is taken: medoids {4, 10}.
        // SWAP: replacing 4 by 1 gives 1 + 0 + 3 + 0 + 1 = 5 (by 0: 6); next, {1, 11} would also give 5,
        // no gain, so PAM stops at {1, 10}, which exhaustive search confirms is optimal (5).
        double[][] points = line(0, 1, 4, 10, 11);

        Clustering buildOnly = pam.cluster(points, valuesWith(Map.of(Clusterer.K, 2, KMedoidsClusterer.MAX_SWAPS, 0)),
                1, null);
        assertArrayEquals(new int[] { 2, 3 }, medoidRows(points, buildOnly));
        assertArrayEquals(new int[] { 0, 0, 0, 1, 1 }, buildOnly.assignment());
        assertEquals(16 + 9 + 0 + 0 + 1, buildOnly.withinSumOfSquares(), 1e-12);

        Clustering pamResult = pam.cluster(points, valuesWith(Map.of(Clusterer.K, 2)), 1, null);
        assertArrayEquals(new int[] { 1, 3 }, medoidRows(points, pamResult));
        assertArrayEquals(new int[] { 0, 0, 0, 1, 1 }, pamResult.assignment());
        assertEquals(1 + 0 + 9 + 0 + 1, pamResult.withinSumOfSquares(), 1e-12);
        assertEquals(5.0, totalDistance(points, medoidRows(points, pamResult)), 1e-12);
    }

    @Test
    void tiesInBuildAndInAssignmentGoToTheLowerRow() {
        // The corners of the unit square, k = 2. Every corner has the same distance sum (2 + √2), so
        // row 0 is the first medoid; each other corner would then lower the total from 2 + 2√2 to 2
        // (a three-way tie), so row 1 is the second. No exchange does better than 2, so SWAP keeps {0, 1}.
        double[][] square = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };
        Clustering c = pam.cluster(square, valuesWith(Map.of(Clusterer.K, 2)), 1, null);
        assertArrayEquals(new int[] { 0, 1 }, medoidRows(square, c));
        assertArrayEquals(new int[] { 0, 1, 0, 1 }, c.assignment());
        assertEquals(2.0, c.withinSumOfSquares(), 1e-12);

        // The same corners listed from (1, 1): now (1, 1) and (0, 1) are rows 0 and 1 and become the medoids.
        double[][] rotated = { { 1, 1 }, { 0, 1 }, { 1, 0 }, { 0, 0 } };
        Clustering r = pam.cluster(rotated, valuesWith(Map.of(Clusterer.K, 2)), 1, null);
        assertArrayEquals(new int[] { 0, 1 }, medoidRows(rotated, r));

        // A film exactly between two medoids, on the line 0, 0, 5, 10, 10 (rows 0..4). BUILD: x = 5 has the
        // smallest distance sum (20, the others 25), then x = 0 (row 0) and x = 10 (row 3) both lower the
        // total from 20 to 10 and row 0 is taken. SWAP: 5 → 10 (row 3) lowers it to 5; {0, 10} is optimal.
        // The film at 5 is 5 from both medoids and joins row 0's.
        double[][] between = line(0, 0, 5, 10, 10);
        Clustering b = pam.cluster(between, valuesWith(Map.of(Clusterer.K, 2)), 1, null);
        assertArrayEquals(new int[] { 0, 3 }, medoidRows(between, b));
        assertArrayEquals(new int[] { 0, 0, 0, 1, 1 }, b.assignment());
        assertEquals(25.0, b.withinSumOfSquares(), 1e-12);
    }

    @Test
    void coincidentFilmsStillGiveKNonEmptyClusters() {
        // Two distinct positions for three clusters: BUILD's third medoid gains nothing anywhere and
        // is a duplicate; it must still keep a cluster of its own.
        double[][] points = line(0, 0, 0, 5, 5);
        Clustering c = pam.cluster(points, valuesWith(Map.of(Clusterer.K, 3)), 1, null);
        assertEquals(3, c.clusterCount());
        int[] sizes = new int[3];
        for (int a : c.assignment()) {
            sizes[a]++;
        }
        assertTrue(Arrays.stream(sizes).allMatch(s -> s > 0), Arrays.toString(sizes));
        assertEquals(0.0, c.withinSumOfSquares(), 0.0);
    }

    @Test
    void asManyClustersAsRowsPutsEachFilmAlone() {
        double[][] points = line(3, 1, 2);
        Clustering c = pam.cluster(points, valuesWith(Map.of(Clusterer.K, 3)), 1, null);
        assertArrayEquals(new int[] { 0, 1, 2 }, c.assignment());
        assertEquals(0.0, c.withinSumOfSquares(), 0.0);
    }

    // ------------------------------------------------------------------ against exhaustive search

    private static void combinations(int n, int k, int start, int[] chosen, int depth, List<int[]> out) {
        if (depth == k) {
            out.add(chosen.clone());
            return;
        }
        for (int i = start; i < n; i++) {
            chosen[depth] = i;
            combinations(n, k, i + 1, chosen, depth + 1, out);
        }
    }

    @Test
    void resultIsALocalOptimumAndUsuallyTheGlobalOne() {
        // Random films (fixed seed), 12 rows, k = 3: all 220 medoid sets are scored by brute force.
        SplittableRandom random = new SplittableRandom(20210401L);
        int global = 0;
        int trials = 25;
        for (int t = 0; t < trials; t++) {
            double[][] points = new double[12][];
            for (int i = 0; i < points.length; i++) {
                points[i] = new double[] { random.nextGaussian() * 2, random.nextGaussian() };
            }
            Clustering c = pam.cluster(points, values(), t, null);
            int[] medoids = medoidRows(points, c);
            double cost = totalDistance(points, medoids);

            // Local optimum: no exchange of one medoid for one other film lowers the total.
            for (int m = 0; m < 3; m++) {
                for (int h = 0; h < points.length; h++) {
                    int[] other = medoids.clone();
                    other[m] = h;
                    assertTrue(totalDistance(points, other) >= cost - 1e-9,
                            "trial " + t + ": exchanging row " + medoids[m] + " for " + h + " improves");
                }
            }
            // Assignment to the nearest medoid; the SSE is the squared distances to the assigned medoid.
            double sse = 0;
            for (int i = 0; i < points.length; i++) {
                double own = euclid(points[i], c.centroids()[c.assignment()[i]]);
                for (double[] centroid : c.centroids()) {
                    assertTrue(own <= euclid(points[i], centroid) + 1e-12, "row " + i + " is not with its nearest medoid");
                }
                sse += own * own;
            }
            assertEquals(sse, c.withinSumOfSquares(), 1e-9);

            List<int[]> sets = new ArrayList<>();
            combinations(points.length, 3, 0, new int[3], 0, sets);
            double best = sets.stream().mapToDouble(s -> totalDistance(points, s)).min().orElseThrow();
            assertTrue(cost >= best - 1e-9);
            if (cost <= best + 1e-9) {
                global++;
            }
        }
        System.out.printf("PAM k=3 on %d random sets of 12 films: global optimum in %d%n", trials, global);
        // PAM is a local search; Kaufman & Rousseeuw report that it nearly always finds the optimum on
        // small sets. Most of these trials must reach it.
        assertTrue(global >= trials * 4 / 5, global + " of " + trials + " reached the global optimum");
    }

    // ------------------------------------------------------------------ determinism, progress, cancel

    @Test
    void sameInputsGiveTheSameResultWhateverTheSeed() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] points = new double[60][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] { random.nextGaussian(), random.nextGaussian() };
        }
        Clustering first = pam.cluster(points, valuesWith(Map.of(Clusterer.K, 4)), 1, null);
        for (long seed : new long[] { 1, 2, -99, 20210401L }) {
            Clustering again = pam.cluster(points, valuesWith(Map.of(Clusterer.K, 4)), seed, new NullProgressMonitor());
            assertArrayEquals(first.assignment(), again.assignment());
            assertArrayEquals(first.centroids(), again.centroids());
            assertEquals(first.withinSumOfSquares(), again.withinSumOfSquares(), 0.0);
        }
    }

    /** Cancels once the work reported reaches a share of the total, and counts the checks after that. */
    private static final class CancelAt extends NullProgressMonitor {
        private final double threshold;
        private double total;
        private double done;
        int checksAfterCancel;

        CancelAt(double share) {
            this.threshold = share;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            done += work;
        }

        @Override
        public boolean isCanceled() {
            boolean cancelled = total > 0 && done >= threshold * total;
            if (cancelled) {
                checksAfterCancel++;
            }
            return cancelled;
        }
    }

    @Test
    void cancellationStopsTheSwapPhase() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] points = new double[80][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
        }
        // Distances and BUILD are the first 20 % of the work; cancel right after them.
        CancelAt monitor = new CancelAt(0.2);
        assertThrows(OperationCanceledException.class, () -> pam.cluster(points, values(), 1, monitor));
        assertEquals(1, monitor.checksAfterCancel, "the first check after BUILD threw");
    }

    @Test
    void everySwapPassChecksCancellation() {
        // SubMonitor.split() checks cancellation only every so many calls when a split reports less than
        // a tick, as with many allowed swaps; so SWAP itself must check before every pass. On the line
        // 0, 1, 4, 10, 11 (see above) SWAP has one exchange to make: a cancelled monitor must stop it.
        double[][] distance = KMedoidsClusterer.distances(line(0, 1, 4, 10, 11), SubMonitor.convert(null));
        KMedoidsClusterer.Medoids medoids = KMedoidsClusterer.build(distance, 2, SubMonitor.convert(null));
        assertArrayEquals(new int[] { 2, 3 }, medoids.rows);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> KMedoidsClusterer.swap(medoids, 100000, SubMonitor.convert(cancelled)));
        assertArrayEquals(new int[] { 2, 3 }, medoids.rows, "no exchange after the cancel");

        KMedoidsClusterer.swap(medoids, 100000, SubMonitor.convert(new NullProgressMonitor()));
        assertArrayEquals(new int[] { 1, 3 }, medoids.rows);
    }
}
