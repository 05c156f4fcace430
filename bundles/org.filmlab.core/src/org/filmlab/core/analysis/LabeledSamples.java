// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import java.util.List;

/**
 * Feature rows with a class each: what classifiers learn from and resamplers balance. Arrays are
 * not copied; never modify them (a resampler returns new samples).
 *
 * @param features the feature names (condition keys)
 * @param classCount number of classes; labels are {@code 0..classCount-1}
 * @param x rows × features
 * @param y the class of each row
 * @param weights the weight of each row (1 unless a resampler re-weights)
 */
public record LabeledSamples(List<String> features, int classCount, double[][] x, int[] y, double[] weights) {

    public LabeledSamples {
        features = List.copyOf(features);
        if (x.length != y.length || y.length != weights.length) {
            throw new IllegalArgumentException("x, y and weights need the same number of rows");
        }
        for (int label : y) {
            if (label < 0 || label >= classCount) {
                throw new IllegalArgumentException("class label " + label + " outside 0.." + (classCount - 1));
            }
        }
    }

    /** Rows of unit weight. */
    public static LabeledSamples of(List<String> features, int classCount, double[][] x, int[] y) {
        double[] w = new double[y.length];
        java.util.Arrays.fill(w, 1.0);
        return new LabeledSamples(features, classCount, x, y, w);
    }

    public int size() {
        return y.length;
    }

    /** How many rows each class has. */
    public int[] classSizes() {
        int[] sizes = new int[classCount];
        for (int label : y) {
            sizes[label]++;
        }
        return sizes;
    }

    /** The rows at these indices, in that order. */
    public LabeledSamples subset(int[] rows) {
        double[][] sx = new double[rows.length][];
        int[] sy = new int[rows.length];
        double[] sw = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sx[i] = x[rows[i]];
            sy[i] = y[rows[i]];
            sw[i] = weights[rows[i]];
        }
        return new LabeledSamples(features, classCount, sx, sy, sw);
    }
}
