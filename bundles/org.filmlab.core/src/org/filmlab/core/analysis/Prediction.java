// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

/**
 * A classifier's answer for one row.
 *
 * @param label the predicted class, {@code 0..classCount-1}
 * @param distribution a score per class summing to 1 (votes, probabilities), not copied
 */
public record Prediction(int label, double[] distribution) {

    /**
     * How clearly the label wins: the best score minus the second best, in [0, 1]. A rough
     * distance from a class boundary.
     */
    public double margin() {
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (double d : distribution) {
            if (d > best) {
                second = best;
                best = d;
            } else if (d > second) {
                second = d;
            }
        }
        return distribution.length < 2 ? 1.0 : best - second;
    }
}
