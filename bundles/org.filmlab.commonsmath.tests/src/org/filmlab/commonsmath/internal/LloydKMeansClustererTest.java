// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.commonsmath.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.core.analysis.Clusterer;
import org.filmlab.core.analysis.Clustering;
import org.filmlab.testkit.ClustererContract;
import org.junit.jupiter.api.Test;

class LloydKMeansClustererTest extends ClustererContract<LloydKMeansClusterer> {

    private final LloydKMeansClusterer kMeans = new LloydKMeansClusterer();

    @Override
    protected LloydKMeansClusterer contribution() {
        return new LloydKMeansClusterer();
    }

    @Override
    protected String id() {
        return "org.filmlab.commonsmath.kmeans";
    }

    /** Three round clusters of 200 points, 10 standard deviations apart, and which blob each point is from. */
    private static final int PER_BLOB = 200;

    private static double[][] blobs() {
        SplittableRandom random = new SplittableRandom(42);
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        double[][] points = new double[3 * PER_BLOB][];
        for (int i = 0; i < points.length; i++) {
            double[] c = centres[i % 3];
            points[i] = new double[] {c[0] + gaussian(random), c[1] + gaussian(random)};
        }
        return points;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian of its own before Java 17's RandomGenerator.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void separatedBlobsAreFoundExactlyWithTheirOwnSse() {
        double[][] points = blobs();
        Clustering c = kMeans.cluster(points, values(), 20210401L, null);
        // Point i is from blob i % 3, and blob numbers are first appearances: 0, 1, 2.
        for (int i = 0; i < points.length; i++) {
            assertEquals(i % 3, c.assignment()[i], "point " + i);
        }
        // The SSE of the true partition, computed here from its own means.
        double sse = 0;
        for (int b = 0; b < 3; b++) {
            double mx = 0;
            double my = 0;
            for (int i = b; i < points.length; i += 3) {
                mx += points[i][0] / PER_BLOB;
                my += points[i][1] / PER_BLOB;
            }
            assertEquals(mx, c.centroids()[b][0], 1e-9);
            assertEquals(my, c.centroids()[b][1], 1e-9);
            for (int i = b; i < points.length; i += 3) {
                sse += (points[i][0] - mx) * (points[i][0] - mx) + (points[i][1] - my) * (points[i][1] - my);
            }
        }
        assertEquals(sse, c.withinSumOfSquares(), 1e-9 * sse);
    }

    @Test
    void moreRestartsWithTheSameSeedAreNeverWorse() {
        // Overlapping data (a single blob cut in 4) has many local optima; run r's seed is the r-th draw
        // of one SplittableRandom, so 10 restarts are the first 10 of 40.
        SplittableRandom random = new SplittableRandom(7);
        double[][] points = new double[500][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {gaussian(random), gaussian(random)};
        }
        double previous = Double.POSITIVE_INFINITY;
        for (int restarts : new int[] {1, 3, 10, 40}) {
            double sse = kMeans.cluster(points,
                    valuesWith(Map.of(Clusterer.K, 4, LloydKMeansClusterer.RESTARTS, restarts)), 1, null)
                    .withinSumOfSquares();
            assertTrue(sse <= previous, restarts + " restarts found a worse optimum than fewer");
            previous = sse;
        }
    }

    @Test
    void sameSeedGivesTheSameClustersOnAnyNumberOfCores() {
        double[][] points = blobs();
        Clustering a = kMeans.cluster(points, valuesWith(Map.of(Clusterer.K, 5)), 3, null);
        String before = System.getProperty("filmlab.threads");
        System.setProperty("filmlab.threads", "1");
        try {
            Clustering b = kMeans.cluster(points, valuesWith(Map.of(Clusterer.K, 5)), 3, new NullProgressMonitor());
            assertArrayEquals(a.assignment(), b.assignment());
            assertEquals(a.withinSumOfSquares(), b.withinSumOfSquares(), 0.0);
        } finally {
            if (before == null) {
                System.clearProperty("filmlab.threads");
            } else {
                System.setProperty("filmlab.threads", before);
            }
        }
    }
}
