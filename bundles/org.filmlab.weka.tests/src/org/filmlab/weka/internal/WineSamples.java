// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.filmlab.core.analysis.LabeledSamples;

/** Small labelled samples from the wine fixture for the contract tests. */
final class WineSamples {

    private WineSamples() {
    }

    /** Every third wine, alcohol and colour intensity (columns 0 and 9), cultivar as the class. */
    static LabeledSamples sample() {
        double[][] all = Wine.measurements().rows();
        int[] cultivars = Wine.cultivars();
        int n = (all.length + 2) / 3;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] { all[3 * i][0], all[3 * i][9] };
            y[i] = cultivars[3 * i];
        }
        return LabeledSamples.of(List.of("alcohol", "colour"), 3, x, y);
    }

    /** The same rows, as points to cluster. */
    static double[][] points() {
        return sample().x();
    }
}
