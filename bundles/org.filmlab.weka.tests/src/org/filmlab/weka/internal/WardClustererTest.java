// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.filmlab.core.analysis.Clustering;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ClustererContract;
import org.junit.jupiter.api.Test;

class WardClustererTest extends ClustererContract<WardClusterer> {

    @Override
    protected WardClusterer contribution() {
        return new WardClusterer();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.ward";
    }

    @Test
    void mergesByLeastIncreaseOfTheSumOfSquares() {
        // 1-D points 0, 1, 2, 10, 11, 20, worked by hand: Ward's merge cost of clusters A and B is
        // |A||B|/(|A|+|B|) × (mean A − mean B)². First {0,1} and {10,11} (cost 0.5 each), then {0,1}+{2}
        // (cost 2/3 × 1.5² = 1.5); the next cheapest, {10,11}+{20}, costs 2/3 × 9.5² ≈ 60, so at k = 3
        // the clusters are {0,1,2}, {10,11}, {20}.
        double[][] points = { { 0 }, { 10 }, { 1 }, { 20 }, { 2 }, { 11 } };
        Clustering c = contribution().cluster(points,
                contribution().parameters().resolve(Map.of("k", 3), "ward", new Problems()), 1, null);
        assertArrayEquals(new int[] { 0, 1, 0, 2, 0, 1 }, c.assignment());
        assertEquals(2.0 + 0.5, c.withinSumOfSquares(), 1e-12, "SSE of {0,1,2} is 2, of {10,11} is 0.5");
    }
}
