// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.clustercount.KChoice;
import org.junit.jupiter.api.Test;

/** The diagnostics on data whose number of clusters is known, and the silhouette by hand. */
class DiagnosticsTest {

    /** K-means (Commons Math, k-means++ starts, best of 10), standing in for a contributed clusterer. */
    private static int[] kMeans(double[][] points, int k, long seed) {
        int[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int r = 0; r < 10; r++) {
            JDKRandomGenerator random = new JDKRandomGenerator();
            random.setSeed(seeds.nextLong());
            KMeansPlusPlusClusterer<DoublePoint> km = new KMeansPlusPlusClusterer<>(k, 100,
                    new org.apache.commons.math3.ml.distance.EuclideanDistance(), random);
            List<DoublePoint> in = new ArrayList<>();
            // By identity: a bootstrap resample holds equal points, which DoublePoint.equals would merge.
            java.util.Map<DoublePoint, Integer> row = new java.util.IdentityHashMap<>();
            for (double[] p : points) {
                DoublePoint d = new DoublePoint(p);
                row.put(d, in.size());
                in.add(d);
            }
            List<CentroidCluster<DoublePoint>> found = km.cluster(in);
            int[] a = new int[points.length];
            for (int c = 0; c < found.size(); c++) {
                for (DoublePoint p : found.get(c).getPoints()) {
                    a[row.get(p)] = c;
                }
            }
            double sse = org.filmlab.core.analysis.Clustering.of(points, a).withinSumOfSquares();
            if (sse < bestSse) {
                bestSse = sse;
                best = a;
            }
        }
        return best;
    }

    private static double[][] blobs(int perBlob, double[][] centres, double spread, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[perBlob * centres.length][];
        for (int c = 0; c < centres.length; c++) {
            for (int i = 0; i < perBlob; i++) {
                out[c * perBlob + i] = new double[] {centres[c][0] + spread * (random.nextDouble() - 0.5),
                        centres[c][1] + spread * (random.nextDouble() - 0.5)};
            }
        }
        return out;
    }

    private static final double[][] THREE = {{0, 0}, {10, 0}, {5, 9}};

    @Test
    void threeSeparateBlobsGiveThreeByEveryRule() throws Exception {
        double[][] points = blobs(20, THREE, 2.0, 1);
        List<KChoice.Candidate> c = Diagnostics.compute(points, new Diagnostics.Plan(2, 6, 20, 3, 5), 7,
                DiagnosticsTest::kMeans, new NullProgressMonitor());
        assertEquals(5, c.size());
        assertEquals(3, Rule.GAP.choose(c).k(), () -> "gaps " + gaps(c));
        assertEquals(3, Rule.GAP_MAX.choose(c).k(), () -> "gaps " + gaps(c));
        assertEquals(3, Rule.SILHOUETTE.choose(c).k());
        KChoice.Candidate three = c.get(1);
        assertTrue(three.silhouette() > 0.8, "well separated: " + three.silhouette());
        assertEquals(1.0, three.seedAgreement(), 1e-12, "every seed finds the same three blobs");
        assertEquals(1.0, three.bootstrapAgreement(), 1e-12, "so does every resample");
        assertTrue(c.get(0).withinSumOfSquares() > 5 * three.withinSumOfSquares(), "the elbow is at 3");
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOtherReferences() throws Exception {
        double[][] points = blobs(15, THREE, 6.0, 2);
        Diagnostics.Plan plan = new Diagnostics.Plan(2, 4, 5, 2, 2);
        List<KChoice.Candidate> a = Diagnostics.compute(points, plan, 11, DiagnosticsTest::kMeans, null);
        List<KChoice.Candidate> b = Diagnostics.compute(points, plan, 11, DiagnosticsTest::kMeans, null);
        List<KChoice.Candidate> other = Diagnostics.compute(points, plan, 12, DiagnosticsTest::kMeans, null);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).gap(), b.get(i).gap(), 0.0);
            assertEquals(a.get(i).bootstrapAgreement(), b.get(i).bootstrapAgreement(), 0.0);
            assertArrayEquals(a.get(i).filmSilhouettes(), b.get(i).filmSilhouettes(), 0.0);
        }
        assertTrue(a.get(0).gap() != other.get(0).gap(), "other reference sets give another gap");
    }

    @Test
    void silhouetteWidthsByHand() {
        // 1-D: films 0 and 1 in one cluster, 10 and 12 in the other; the lone film of a third cluster has 0.
        double[][] points = {{0}, {1}, {10}, {12}, {30}};
        double[] s = Diagnostics.silhouettes(points, new int[] {0, 0, 1, 1, 2}, 3);
        assertEquals((11 - 1) / 11.0, s[0], 1e-12, "a = 1, b = (10 + 12) / 2");
        assertEquals((10 - 1) / 10.0, s[1], 1e-12, "a = 1, b = (9 + 11) / 2");
        assertEquals((9.5 - 2) / 9.5, s[2], 1e-12, "a = 2, b = (10 + 9) / 2");
        assertEquals((11.5 - 2) / 11.5, s[3], 1e-12, "a = 2, b = (12 + 11) / 2, nearer than 18");
        assertEquals(0.0, s[4], 0.0);
    }

    @Test
    void theGapRuleTakesTheFirstKWithinOneStandardErrorOfTheNext() {
        List<KChoice.Candidate> c = List.of(candidate(2, 0.50, 0.05), candidate(3, 0.80, 0.05),
                candidate(4, 0.82, 0.05), candidate(5, 0.90, 0.01));
        assertEquals(3, Rule.GAP.choose(c).k(), "Gap(3) = 0.80 ≥ Gap(4) − s = 0.77");
        assertEquals(5, Rule.GAP_MAX.choose(c).k(), "nothing but 5 is within 0.01 of the largest gap 0.90");
        List<KChoice.Candidate> rising = List.of(candidate(2, 0.1, 0.01), candidate(3, 0.2, 0.01));
        assertEquals(3, Rule.GAP.choose(rising).k(), "none qualifies: the largest k tried");
    }

    private static KChoice.Candidate candidate(int k, double gap, double se) {
        return new KChoice.Candidate(k, k, new int[0], 1, 0, new double[0], gap, se, 1, 1, 1, 0);
    }

    private static String gaps(List<KChoice.Candidate> c) {
        StringBuilder b = new StringBuilder();
        c.forEach(x -> b.append(x.k()).append(':').append(x.gap()).append('±').append(x.gapSe()).append(' '));
        return b.toString();
    }
}
