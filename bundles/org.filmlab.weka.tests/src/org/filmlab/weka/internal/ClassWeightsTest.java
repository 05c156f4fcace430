// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.testkit.ResamplerContract;
import org.junit.jupiter.api.Test;

class ClassWeightsTest extends ResamplerContract<ClassWeights> {

    @Override
    protected ClassWeights contribution() {
        return new ClassWeights();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.classWeights";
    }

    @Test
    void everyPresentClassWeighsTheSameAndTheTotalIsKept() {
        // Class 0: four rows of weight 1; class 1: two rows, one of weight 2; class 2: absent.
        // Total 7, two classes present: each class must weigh 3.5.
        double[][] x = { { 1 }, { 2 }, { 3 }, { 4 }, { 5 }, { 6 } };
        int[] y = { 0, 0, 1, 0, 1, 0 };
        double[] w = { 1, 1, 1, 1, 2, 1 };
        LabeledSamples out = contribution().resample(new LabeledSamples(List.of("x"), 3, x, y, w),
                contribution().parameters().defaults(), 1, null);
        assertArrayEquals(y, out.y());
        double per0 = 3.5 / 4;
        double per1 = 3.5 / 3;
        assertArrayEquals(new double[] { per0, per0, per1, per0, 2 * per1, per0 }, out.weights(), 1e-12);
        assertEquals(x[4][0], out.x()[4][0], 0.0);
    }
}
