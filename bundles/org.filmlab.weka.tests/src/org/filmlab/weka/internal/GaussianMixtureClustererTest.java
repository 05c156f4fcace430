// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;

import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ClustererContract;
import org.junit.jupiter.api.Test;

class GaussianMixtureClustererTest extends ClustererContract<GaussianMixtureClusterer> {

    @Override
    protected GaussianMixtureClusterer contribution() {
        return new GaussianMixtureClusterer();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.em";
    }

    /** Three tight Gaussian blobs 10 standard deviations apart, 20 points each, in blob order. */
    private static double[][] blobs() {
        SplittableRandom random = new SplittableRandom(42);
        double[][] centres = { { 0, 0 }, { 10, 0 }, { 0, 10 } };
        double[][] points = new double[60][];
        for (int i = 0; i < 60; i++) {
            double[] c = centres[i / 20];
            points[i] = new double[] { c[0] + gaussian(random), c[1] + gaussian(random) };
        }
        return points;
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int[] blobLabels() {
        int[] labels = new int[60];
        for (int i = 0; i < 60; i++) {
            labels[i] = i / 20;
        }
        return labels;
    }

    @Test
    void findsThreeSeparatedBlobs() {
        Clustering c = contribution().cluster(blobs(), contribution().parameters().defaults(), 1, null);
        assertArrayEquals(blobLabels(), c.assignment(), "numbered by first appearance, so blob i is cluster i");
    }

    @Test
    void zeroLetsCrossValidationChooseThree() {
        Clustering c = contribution().cluster(blobs(),
                contribution().parameters().resolve(Map.of("k", 0), "em", new Problems()), 1, null);
        assertEquals(3, c.clusterCount());
        assertArrayEquals(blobLabels(), c.assignment());
    }
}
