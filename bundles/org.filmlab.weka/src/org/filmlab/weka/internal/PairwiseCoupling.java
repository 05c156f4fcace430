// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import weka.classifiers.meta.MultiClassClassifier;

/**
 * Hastie and Tibshirani's pairwise coupling of three classes, the arithmetic of Weka's
 * {@link MultiClassClassifier#pairwiseCoupling(double[][], double[][])} step for step, so the
 * same bits, for many rows at once.
 * <p>
 * Why: a decision map asks SMO with logistic models for the coupled probabilities of every grid
 * point (8 × 41 × 41 per model, six models), and Weka's coupling was 75–90 % of that: at points
 * far from the training rows the pairwise probabilities are near 0 or 1 and the iteration takes
 * ~160 rounds to move no probability by more than 10⁻³. A round is a chain of dependent divisions
 * that leaves the processor waiting; Weka's also allocates an array and walks two-dimensional
 * ones. Here the rounds of {@value #LANES} rows are interleaved, each row's state in a lane of one
 * array, so the divisions of one row run while another's wait; a row that has converged leaves
 * its lane to the next. Each row still takes exactly Weka's rounds. Warm, about 3.5 times as fast
 * as Weka's method (bench/results/perf.md, session 9). Other class counts keep Weka's method.
 */
final class PairwiseCoupling {

    /** Rows interleaved: 4 was the fastest of 1, 4, 8 and 16 on the benchmark machine. */
    private static final int LANES = 4;
    /** A lane: the three first sums, the three probabilities, the pairs' u (Weka's names). */
    private static final int STATE = 9;
    /**
     * How far the largest first sum must exceed the others for {@link #labelsOfThree} to take its
     * class without coupling: far above rounding (each round's arithmetic errs by ~10⁻¹⁵), and
     * close enough to 1 to decide nearly every row that is not on a boundary between classes.
     */
    private static final double CLEAR = 1 + 1e-9;
    /** Below this, a nonzero first sum's class might see its p underflow to 0 (Weka's NaN). */
    private static final double SMALLEST_FIRST = 1e-200;

    private PairwiseCoupling() {
    }

    /**
     * @param n per pair (0, 1), (0, 2), (1, 2), the weight of the rows its model was trained on
     * @param r per row, per pair in the same order, the probability of the pair's first class
     * @return per row, the three classes' probabilities, as Weka's method returns them
     * @throws IllegalArgumentException as Weka's method: when a row's probabilities sum to 0 or NaN
     */
    static double[][] ofThree(double[] n, double[][] r) {
        double n01 = n[0];
        double n02 = n[1];
        double n12 = n[2];
        double[][] out = new double[r.length][];
        int active = Math.min(LANES, r.length);
        double[] s = new double[active * STATE];
        int[] row = new int[active];
        int next = 0;
        for (int lane = 0; lane < active; lane++) {
            start(s, lane, row, next++, n, r);
        }
        while (active > 0) {
            for (int lane = 0; lane < active; lane++) {
                int o = lane * STATE;
                double first0 = s[o];
                double first1 = s[o + 1];
                double first2 = s[o + 2];
                double p0 = s[o + 3];
                double p1 = s[o + 4];
                double p2 = s[o + 5];
                double u01 = s[o + 6];
                double u02 = s[o + 7];
                double u12 = s[o + 8];
                // Weka's sums start at 0 and add in this order; so do these.
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
                boolean changed = moved(first0, second0, old0, p0) | moved(first1, second1, old1, p1)
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
                if (changed) {
                    s[o + 3] = p0;
                    s[o + 4] = p1;
                    s[o + 5] = p2;
                    s[o + 6] = p0 / (p0 + p1);
                    s[o + 7] = p0 / (p0 + p2);
                    s[o + 8] = p1 / (p1 + p2);
                } else {
                    out[row[lane]] = new double[] {p0, p1, p2};
                    if (next < r.length) {
                        start(s, lane, row, next++, n, r);
                    } else {
                        // The last lane takes this one's place, and is the next to go round.
                        active--;
                        System.arraycopy(s, active * STATE, s, o, STATE);
                        row[lane] = row[active];
                        lane--;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Per row, the class {@link #ofThree} gives the highest probability (the first of equal ones),
     * without the coupling where the first sums already tell.
     * <p>
     * Why they tell: when the three pairs were trained on rows of equal weight (the workflow's
     * random oversampling balances the classes), a round of Weka's iteration sets each class's p to
     * {@code first / (n × Σ_j 1 / (p + p_j))}. If {@code p_a ≥ p_b}, the sum is no larger for a
     * than for b (they share the term of the pair (a, b), and {@code 1 / (p_a + p_c) ≤ 1 / (p_b +
     * p_c)}), so {@code first_a > first_b} gives {@code p_a > p_b} after the round. The rounds start
     * from equal p, so every round, the last included, keeps the classes in the order of their first
     * sums, whatever the number of rounds. That is exact arithmetic; rounding can only matter
     * where two first sums are within a hair of each other ({@link #CLEAR}) or a sum is near
     * the smallest double, where p could underflow. Those rows, rows with a pairwise probability
     * outside [0, 1] or NaN, and every row of unequal weights, are coupled in full. A decision map's
     * grid points far from the training rows, whose coupling takes ~160 rounds, are the clearest.
     *
     * @param n as for {@link #ofThree}
     * @param r as for {@link #ofThree}
     * @throws IllegalArgumentException as {@link #ofThree}, for a row coupled in full
     */
    static int[] labelsOfThree(double[] n, double[][] r) {
        int[] out = new int[r.length];
        int[] undecided = new int[r.length];
        int left = 0;
        boolean balanced = n[0] > 0 && n[0] == n[1] && n[1] == n[2] && n[0] < Double.POSITIVE_INFINITY;
        for (int k = 0; k < r.length; k++) {
            out[k] = balanced ? clearLeader(n, r[k]) : -1;
            if (out[k] < 0) {
                undecided[left++] = k;
            }
        }
        if (left > 0) {
            double[][] coupled = new double[left][];
            for (int i = 0; i < left; i++) {
                coupled[i] = r[undecided[i]];
            }
            coupled = ofThree(n, coupled);
            for (int i = 0; i < left; i++) {
                out[undecided[i]] = WekaClassifiers.firstMax(coupled[i]);
            }
        }
        return out;
    }

    /**
     * For pairs of equal weight {@code n} ({@link #labelsOfThree}): the class whose first sum exceeds
     * both others by more than the factor {@link #CLEAR}, or -1. Every nonzero first sum must be far
     * above the smallest double.
     */
    static int clearLeader(double[] n, double[] r) {
        if (!(r[0] >= 0 && r[0] <= 1 && r[1] >= 0 && r[1] <= 1 && r[2] >= 0 && r[2] <= 1)) {
            return -1;
        }
        double[] first = firstSums(n, r);
        double first0 = first[0];
        double first1 = first[1];
        double first2 = first[2];
        if (tiny(first0) || tiny(first1) || tiny(first2)) {
            return -1;
        }
        if (first0 > CLEAR * first1 && first0 > CLEAR * first2) {
            return 0;
        }
        if (first1 > CLEAR * first0 && first1 > CLEAR * first2) {
            return 1;
        }
        if (first2 > CLEAR * first0 && first2 > CLEAR * first1) {
            return 2;
        }
        return -1;
    }

    /**
     * Weka's first sums of a row: per class, the weight of each of its pairs times the row's
     * probability of the class in that pair, added in Weka's order.
     */
    private static double[] firstSums(double[] n, double[] r) {
        double first0 = 0;
        double first1 = 0;
        double first2 = 0;
        first0 += n[0] * r[0];
        first1 += n[0] * (1 - r[0]);
        first0 += n[1] * r[1];
        first2 += n[1] * (1 - r[1]);
        first1 += n[2] * r[2];
        first2 += n[2] * (1 - r[2]);
        return new double[] {first0, first1, first2};
    }

    /** A first sum above 0 but small enough that its class's p might underflow within Weka's rounds. */
    private static boolean tiny(double first) {
        return first > 0 && first < SMALLEST_FIRST;
    }

    /** Puts row {@code k} in a lane, as Weka's method starts: its first sums, p = 1/3, u = 1/2. */
    private static void start(double[] s, int lane, int[] row, int k, double[] n, double[][] r) {
        double[] first = firstSums(n, r[k]);
        int o = lane * STATE;
        s[o] = first[0];
        s[o + 1] = first[1];
        s[o + 2] = first[2];
        s[o + 3] = 1.0 / 3;
        s[o + 4] = 1.0 / 3;
        s[o + 5] = 1.0 / 3;
        s[o + 6] = 0.5;
        s[o + 7] = 0.5;
        s[o + 8] = 0.5;
        row[lane] = k;
    }

    /** Weka's test of a round: a class set to 0 counts if it was above 0, any other by a change above 10⁻³. */
    private static boolean moved(double first, double second, double old, double now) {
        return first == 0 || second == 0 ? old > 0 : Math.abs(old - now) > 1.0e-3;
    }
}
