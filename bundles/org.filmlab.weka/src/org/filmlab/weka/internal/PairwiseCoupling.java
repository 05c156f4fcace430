// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import weka.classifiers.meta.MultiClassClassifier;

/**
 * Hastie and Tibshirani's pairwise coupling of three classes, the arithmetic of Weka's
 * {@link MultiClassClassifier#pairwiseCoupling(double[][], double[][])} step for step, so the
 * same bits, held in local variables instead of arrays.
 * <p>
 * Why: a decision map asks SMO with logistic models for the coupled probabilities of every grid
 * point (8 × 41 × 41 per model, six models), and Weka's coupling was 75–90 % of that: at points
 * far from the training rows the pairwise probabilities are near 0 or 1 and the iteration takes
 * ~160 rounds to move no probability by more than 10⁻³. Each round is a chain of dependent
 * divisions; Weka's rounds also allocate an array and walk two-dimensional ones. Unrolled for three
 * classes, a round costs about half (bench/results/perf.md, session 9). Other class counts keep
 * Weka's method.
 */
final class PairwiseCoupling {

    private PairwiseCoupling() {
    }

    /**
     * @param n per pair {@code i < j} of the three classes, the weight of the rows the pair's model
     *            was trained on
     * @param r per pair {@code i < j}, the probability of class {@code i} rather than {@code j}
     * @return the three classes' probabilities, as Weka's method returns them
     * @throws IllegalArgumentException as Weka's method: when the probabilities sum to 0 or NaN
     */
    static double[] ofThree(double[][] n, double[][] r) {
        double n01 = n[0][1];
        double n02 = n[0][2];
        double n12 = n[1][2];
        // Weka's sums start at 0 and add in this order; so do these.
        double first0 = 0;
        double first1 = 0;
        double first2 = 0;
        first0 += n01 * r[0][1];
        first1 += n01 * (1 - r[0][1]);
        first0 += n02 * r[0][2];
        first2 += n02 * (1 - r[0][2]);
        first1 += n12 * r[1][2];
        first2 += n12 * (1 - r[1][2]);
        double p0 = 1.0 / 3;
        double p1 = 1.0 / 3;
        double p2 = 1.0 / 3;
        double u01 = 0.5;
        double u02 = 0.5;
        double u12 = 0.5;
        boolean changed;
        do {
            double second0 = 0;
            double second1 = 0;
            double second2 = 0;
            second0 += n01 * u01;
            second1 += n01 * (1 - u01);
            second0 += n02 * u02;
            second2 += n02 * (1 - u02);
            second1 += n12 * u12;
            second2 += n12 * (1 - u12);
            double old0 = p0;
            double old1 = p1;
            double old2 = p2;
            p0 = first0 == 0 || second0 == 0 ? 0 : p0 * (first0 / second0);
            p1 = first1 == 0 || second1 == 0 ? 0 : p1 * (first1 / second1);
            p2 = first2 == 0 || second2 == 0 ? 0 : p2 * (first2 / second2);
            changed = moved(first0, second0, old0, p0) | moved(first1, second1, old1, p1)
                    | moved(first2, second2, old2, p2);
            // Weka's Utils.normalize: the sum in order, then a division each.
            double sum = 0;
            sum += p0;
            sum += p1;
            sum += p2;
            if (Double.isNaN(sum)) {
                throw new IllegalArgumentException("Can't normalize array. Sum is NaN.");
            }
            if (sum == 0) {
                throw new IllegalArgumentException("Can't normalize array. Sum is zero.");
            }
            p0 /= sum;
            p1 /= sum;
            p2 /= sum;
            u01 = p0 / (p0 + p1);
            u02 = p0 / (p0 + p2);
            u12 = p1 / (p1 + p2);
        } while (changed);
        return new double[] {p0, p1, p2};
    }

    /** Weka's test of a round: a class set to 0 counts if it was above 0, any other by a change above 10⁻³. */
    private static boolean moved(double first, double second, double old, double now) {
        return first == 0 || second == 0 ? old > 0 : Math.abs(old - now) > 1.0e-3;
    }
}
