// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void f1FollowsScikitLearn() {
        // y_true = [0,0,0,1,1,2], y_pred = [0,0,1,1,2,2]:
        // sklearn.metrics.f1_score(..., average=None) -> [0.8, 0.5, 0.6667]; macro 0.6556
        int[][] confusion = {{2, 1, 0}, {0, 1, 1}, {0, 0, 1}};
        Map<String, Double> f1 = Metrics.f1PerClass(confusion);
        assertEquals(0.8, f1.get("1"), 1e-12);
        assertEquals(0.5, f1.get("2"), 1e-12);
        assertEquals(2.0 / 3.0, f1.get("3"), 1e-12);
        assertEquals((0.8 + 0.5 + 2.0 / 3.0) / 3, Metrics.macroF1(confusion), 1e-12);
        assertEquals(4.0 / 6.0, Metrics.accuracy(confusion), 1e-12);
    }

    @Test
    void aClassAbsentFromTruthAndPredictionIsNotAveraged() {
        int[][] confusion = {{3, 0, 0}, {1, 2, 0}, {0, 0, 0}};
        assertFalse(Metrics.f1PerClass(confusion).containsKey("3"));
        assertEquals((6.0 / 7.0 + 0.8) / 2, Metrics.macroF1(confusion), 1e-12);
    }

    @Test
    void aClassNeverPredictedHasF1Zero() {
        int[][] confusion = {{3, 0}, {2, 0}};
        assertEquals(0.0, Metrics.f1PerClass(confusion).get("2"));
    }

    @Test
    void medianAndSampleSd() {
        assertEquals(2.5, Metrics.median(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Metrics.median(new double[] {5, 3, 1}));
        assertEquals(Math.sqrt(2.5), Metrics.sd(new double[] {1, 2, 3, 4, 5}), 1e-12);
        assertEquals(0.0, Metrics.sd(new double[] {7}));
    }

    @Test
    void adjustedRandMatchesHandComputedValues() {
        // Contingency counts by hand: index 2, expected 3*4/15 = 0.8, max 3.5 -> 1.2/2.7 = 4/9.
        assertEquals(0.4444444444444444, Metrics.adjustedRand(new int[] {0, 0, 1, 1, 2, 2},
                new int[] {0, 0, 1, 2, 2, 2}), 1e-12);
        // Relabelling does not matter.
        assertEquals(1.0, Metrics.adjustedRand(new int[] {0, 0, 1, 1}, new int[] {5, 5, 3, 3}), 1e-12);
        // Index 2, expected 6*6/15 = 2.4, max 6 -> (2 - 2.4)/(6 - 2.4) = -1/9: worse than chance.
        assertEquals(-1.0 / 9.0, Metrics.adjustedRand(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 0, 1, 0, 1}), 1e-12);
    }
}
