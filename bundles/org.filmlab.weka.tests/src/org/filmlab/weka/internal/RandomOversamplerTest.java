// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ResamplerContract;
import org.junit.jupiter.api.Test;

class RandomOversamplerTest extends ResamplerContract<RandomOversampler> {

    @Override
    protected RandomOversampler contribution() {
        return new RandomOversampler();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.randomOversampling";
    }

    private final RandomOversampler oversampler = new RandomOversampler();

    /** 10 rows of class 0, 4 of class 2, 1 of class 3, none of class 1; row i has feature value i. */
    private static LabeledSamples imbalanced() {
        int[] y = { 0, 2, 0, 0, 3, 0, 2, 0, 0, 2, 0, 0, 2, 0, 0 };
        double[][] x = new double[y.length][];
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = new double[] { i, -i };
            w[i] = 1 + i / 10.0;
        }
        return new LabeledSamples(List.of("a", "b"), 4, x, y, w);
    }

    @Test
    void balancesClassesKeepingOriginalsFirst() {
        LabeledSamples in = imbalanced();
        LabeledSamples out = oversampler.resample(in, values(), 5, null);
        assertArrayEquals(new int[] { 10, 0, 10, 10 }, out.classSizes(), "class 1 is absent and stays absent");
        for (int i = 0; i < in.size(); i++) {
            assertArrayEquals(in.x()[i], out.x()[i], 0.0);
            assertEquals(in.y()[i], out.y()[i]);
            assertEquals(in.weights()[i], out.weights()[i], 0.0);
        }
        for (int i = in.size(); i < out.size(); i++) {
            int source = (int) out.x()[i][0];
            assertEquals(in.y()[source], out.y()[i], "an appended row is a copy of a row of its own class");
            assertArrayEquals(in.x()[source], out.x()[i], 0.0);
            assertEquals(in.weights()[source], out.weights()[i], 0.0);
        }
        assertEquals(in.features(), out.features());
    }

    @Test
    void ratioSetsTheTargetAsAFractionOfTheLargestClass() {
        LabeledSamples out = oversampler.resample(imbalanced(), valuesWith(Map.of(RandomOversampler.RATIO, 0.55)), 5,
                null);
        // ceil(0.55 × 10) = 6; class 2 (4 rows) and class 3 (1 row) are raised to 6.
        assertArrayEquals(new int[] { 10, 0, 6, 6 }, out.classSizes());
        LabeledSamples third = oversampler.resample(imbalanced(), valuesWith(Map.of(RandomOversampler.RATIO, 0.3)), 5,
                null);
        assertArrayEquals(new int[] { 10, 0, 4, 3 }, third.classSizes(), "a class above the target keeps its rows");
    }

    @Test
    void sameSeedSameDrawsOtherSeedOtherDraws() {
        LabeledSamples a = oversampler.resample(imbalanced(), values(), 5, null);
        LabeledSamples b = oversampler.resample(imbalanced(), values(), 5, null);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.x()[i], b.x()[i], 0.0);
        }
        boolean anyDifferent = false;
        for (long seed = 6; seed < 16 && !anyDifferent; seed++) {
            LabeledSamples c = oversampler.resample(imbalanced(), values(), seed, null);
            for (int i = 0; i < a.size(); i++) {
                anyDifferent |= a.x()[i][0] != c.x()[i][0];
            }
        }
        assertTrue(anyDifferent, "the draws depend on the seed");
    }

    @Test
    void inputIsNotModifiedAndRowsAreNotShared() {
        LabeledSamples in = imbalanced();
        int[] y = in.y().clone();
        LabeledSamples out = oversampler.resample(in, values(), 5, null);
        assertArrayEquals(y, in.y());
        assertEquals(15, in.size());
        out.x()[0][0] = 99;
        assertEquals(0.0, in.x()[0][0], 0.0);
    }

    @Test
    void balancedInputIsReturnedAsIs() {
        LabeledSamples in = LabeledSamples.of(List.of("a"), 2, new double[][] { { 1 }, { 2 }, { 3 }, { 4 } },
                new int[] { 0, 1, 1, 0 });
        LabeledSamples out = oversampler.resample(in, values(), 5, null);
        assertEquals(4, out.size());
        assertArrayEquals(in.y(), out.y());
    }

    @Test
    void ratioOfZeroIsRejected() {
        ParameterValues zero = valuesWith(Map.of(RandomOversampler.RATIO, 0.0));
        Problems problems = new Problems();
        oversampler.validate(zero, null, problems);
        assertEquals(RandomOversampler.RATIO, problems.list().get(0).where());
        assertThrows(IllegalArgumentException.class, () -> oversampler.resample(imbalanced(), zero, 5, null));
        assertFalse(oversampler.references().isEmpty());
        assertTrue(Arrays.stream(imbalanced().classSizes()).sum() == 15);
    }
}
