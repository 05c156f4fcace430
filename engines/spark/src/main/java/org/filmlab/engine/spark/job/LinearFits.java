// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.job;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.IntConsumer;

import org.apache.spark.api.java.JavaRDD;

/**
 * LIBLINEAR's objective on Spark: for every one-vs-rest problem, min ½‖w‖² + C Σ loss(y wᵀz) over
 * the standardized features z with a constant bias column (its weight regularized like the others,
 * as LIBLINEAR and FilmLab's in-process {@code org.filmlab.liblinear.linearSvm} do), the loss the
 * squared hinge max(0, 1 − m)² ({@code L2R_L2LOSS_SVC}) or the logistic log(1 + e^−m) ({@code L2R_LR}).
 * <p>
 * All models of a classify step (the split's, every fold of every repeat, the final one) and all
 * their classes are fitted together: each pass over the films is one {@code treeAggregate} that
 * returns, for every problem, the loss, its gradient and its (generalized) Hessian, a few numbers
 * per problem since there are few features. The driver then takes a Newton step for each problem
 * (Armijo backtracking when a step does not decrease the objective). Both losses are convex and
 * twice differentiable almost everywhere; the squared hinge is piecewise quadratic, so Newton ends
 * exactly once the set of rows inside the margin settles: a handful of passes for the whole
 * cross-validation, instead of one chain of Spark jobs per fit.
 * <p>
 * A film enters a model's training rows {@code times[m]} times (0: not at all; more than 1: random
 * oversampling), which is the same objective as the duplicated rows. Standardization (mean and
 * population standard deviation, a constant feature only centred) is fitted per model on its
 * training rows with their multiplicities, as the in-process classifier fits it on the resampled rows.
 */
final class LinearFits implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Stop when the gradient norm has shrunk by this factor: the optimum to rounding, not LIBLINEAR's 0.01. */
    private static final double TOLERANCE = 1e-10;
    private static final int MAX_PASSES = 60;
    private static final int MAX_HALVINGS = 30;

    /** One film as the fits see it. */
    static final class Film implements Serializable {
        private static final long serialVersionUID = 1L;
        final double[] x;
        final int cls;
        /** How many times the film is in each model's training rows. */
        final short[] times;
        /** Whether the film is in each model's test rows. */
        final boolean[] tested;
        /** The film's position in the file (Chain.ROW): with a model's seed, it draws the film's copies. */
        final long row;

        Film(double[] x, int cls, short[] times, boolean[] tested, long row) {
            this.x = x;
            this.cls = cls;
            this.times = times;
            this.tested = tested;
            this.row = row;
        }

        /**
         * The film with 1 + Poisson(copies[m][cls]) copies in each model m it trains, the draw seeded
         * by the model's seed and the film's position only.
         */
        Film resampled(double[][] copies, long[] seeds) {
            short[] out = times.clone();
            for (int m = 0; m < out.length; m++) {
                double mean = copies[m][cls];
                if (out[m] == 0 || mean == 0) {
                    continue;
                }
                java.util.SplittableRandom random = new java.util.SplittableRandom(seeds[m] ^ (row * 0x9E3779B97F4A7C15L));
                // Knuth's multiplication method, the mean in pieces of at most 16 (a sum of Poisson draws is
                // one) so that e^−mean never underflows; small means take a few draws.
                int extra = 0;
                for (double left = mean; left > 0; left -= 16) {
                    double limit = Math.exp(-Math.min(16, left));
                    double product = random.nextDouble();
                    while (product > limit) {
                        extra++;
                        product *= random.nextDouble();
                    }
                }
                out[m] = (short) Math.min(Short.MAX_VALUE, 1 + extra);
            }
            return new Film(x, cls, out, tested, row);
        }
    }

    final int models;
    final int classes;
    final int d;
    final boolean logistic;
    final double c;
    final double bias;
    /** Unknowns per problem: the features and the bias column if any. */
    final int n;
    /** Binary problems per model: one with two classes (the other class gets its negative), else one a class. */
    final int perModel;

    LinearFits(int models, int classes, int d, boolean logistic, double c, double bias) {
        this.models = models;
        this.classes = classes;
        this.d = d;
        this.logistic = logistic;
        this.c = c;
        this.bias = bias;
        this.n = d + (bias > 0 ? 1 : 0);
        this.perModel = classes == 2 ? 1 : classes;
    }

    /** Per model, mean and population variance of each feature over its training rows (Chan's merge of Welford's sums). */
    static final class Moments implements Serializable {
        private static final long serialVersionUID = 1L;
        final double[] weight;
        final double[][] mean;
        final double[][] m2;

        Moments(int models, int d) {
            weight = new double[models];
            mean = new double[models][d];
            m2 = new double[models][d];
        }

        Moments add(Film f) {
            for (int m = 0; m < weight.length; m++) {
                int t = f.times[m];
                if (t == 0) {
                    continue;
                }
                weight[m] += t;
                for (int j = 0; j < f.x.length; j++) {
                    double delta = f.x[j] - mean[m][j];
                    mean[m][j] += delta * t / weight[m];
                    m2[m][j] += t * delta * (f.x[j] - mean[m][j]);
                }
            }
            return this;
        }

        Moments merge(Moments o) {
            for (int m = 0; m < weight.length; m++) {
                double w = weight[m] + o.weight[m];
                if (o.weight[m] == 0) {
                    continue;
                }
                for (int j = 0; j < mean[m].length; j++) {
                    double delta = o.mean[m][j] - mean[m][j];
                    m2[m][j] += o.m2[m][j] + delta * delta * weight[m] * o.weight[m] / w;
                    mean[m][j] += delta * o.weight[m] / w;
                }
                weight[m] = w;
            }
            return this;
        }
    }

    /** The loss, gradient and upper-triangle Hessian of the loss part of every problem, summed over films. */
    static final class Sums implements Serializable {
        private static final long serialVersionUID = 1L;
        final double[] loss;
        final double[][] gradient;
        final double[][] hessian;

        Sums(int problems, int n) {
            loss = new double[problems];
            gradient = new double[problems][n];
            hessian = new double[problems][n * (n + 1) / 2];
        }

        Sums merge(Sums o) {
            for (int p = 0; p < loss.length; p++) {
                loss[p] += o.loss[p];
                for (int j = 0; j < gradient[p].length; j++) {
                    gradient[p][j] += o.gradient[p][j];
                }
                for (int j = 0; j < hessian[p].length; j++) {
                    hessian[p][j] += o.hessian[p][j];
                }
            }
            return this;
        }
    }

    /** A model's standardization: z_j = (x_j − mean_j) / scale_j, then the bias column. */
    record Scaling(double[][] mean, double[][] scale) implements Serializable {
    }

    Scaling scaling(Moments moments, boolean standardize) {
        double[][] mean = new double[models][d];
        double[][] scale = new double[models][d];
        for (int m = 0; m < models; m++) {
            for (int j = 0; j < d; j++) {
                double sd = moments.weight[m] > 0 ? Math.sqrt(moments.m2[m][j] / moments.weight[m]) : 0;
                mean[m][j] = standardize ? moments.mean[m][j] : 0;
                scale[m][j] = standardize && sd > 0 ? sd : 1;
            }
        }
        return new Scaling(mean, scale);
    }

    /** The rows of model m's problems: standardized features then the bias. */
    private void row(Scaling s, int m, double[] x, double[] z) {
        for (int j = 0; j < d; j++) {
            z[j] = (x[j] - s.mean[m][j]) / s.scale[m][j];
        }
        if (bias > 0) {
            z[d] = bias;
        }
    }

    private Sums add(Sums into, Film f, Scaling s, double[][] w) {
        double[] z = new double[n];
        for (int m = 0; m < models; m++) {
            int t = f.times[m];
            if (t == 0) {
                continue;
            }
            row(s, m, f.x, z);
            for (int k = 0; k < perModel; k++) {
                int p = m * perModel + k;
                double y = f.cls == k ? 1 : -1;
                double margin = y * dot(w[p], z);
                double loss;
                double first;
                double second;
                if (logistic) {
                    // log(1 + e^−m) and its derivatives, without overflow for large |m|.
                    loss = margin >= 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
                    double sigma = 1 / (1 + Math.exp(-margin));
                    first = sigma - 1;
                    second = sigma * (1 - sigma);
                } else {
                    double slack = 1 - margin;
                    if (slack <= 0) {
                        continue;
                    }
                    loss = slack * slack;
                    first = -2 * slack;
                    second = 2;
                }
                double weight = c * t;
                into.loss[p] += weight * loss;
                double[] g = into.gradient[p];
                double[] h = into.hessian[p];
                int at = 0;
                for (int a = 0; a < n; a++) {
                    g[a] += weight * first * y * z[a];
                    double ha = weight * second * z[a];
                    for (int b = a; b < n; b++) {
                        h[at++] += ha * z[b];
                    }
                }
            }
        }
        return into;
    }

    /**
     * Fits every problem by Newton's method from w = 0, one pass over the films per iteration.
     *
     * @param passDone told the number of each pass done, for progress
     * @return per problem, its weights on the standardized features and the bias column
     */
    double[][] fit(JavaRDD<Film> films, Scaling scaling, IntConsumer passDone) {
        int problems = models * perModel;
        double[][] w = new double[problems][n];
        double[][] previous = new double[problems][];
        double[][] step = new double[problems][];
        double[] previousObjective = new double[problems];
        double[] slope = new double[problems];
        double[] alpha = new double[problems];
        double[] firstNorm = new double[problems];
        int[] halvings = new int[problems];
        boolean[] done = new boolean[problems];
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            double[][] at = w;
            Sums sums = films.treeAggregate(new Sums(problems, n), (s, f) -> add(s, f, scaling, at), Sums::merge, 2);
            passDone.accept(pass);
            boolean all = true;
            for (int p = 0; p < problems; p++) {
                if (done[p]) {
                    continue;
                }
                double objective = 0.5 * dot(w[p], w[p]) + sums.loss[p];
                double[] gradient = sums.gradient[p].clone();
                for (int a = 0; a < n; a++) {
                    gradient[a] += w[p][a];
                }
                if (step[p] != null && objective > previousObjective[p] + 1e-4 * alpha[p] * slope[p]
                        && halvings[p] < MAX_HALVINGS) {
                    // Armijo's condition fails: back along the same Newton direction.
                    alpha[p] /= 2;
                    halvings[p]++;
                    for (int a = 0; a < n; a++) {
                        w[p][a] = previous[p][a] + alpha[p] * step[p][a];
                    }
                    all = false;
                    continue;
                }
                double norm = Math.sqrt(dot(gradient, gradient));
                if (pass == 1) {
                    firstNorm[p] = norm;
                }
                if (norm <= TOLERANCE * firstNorm[p] || (step[p] != null && halvings[p] >= MAX_HALVINGS)) {
                    done[p] = true;
                    continue;
                }
                double[] hessian = sums.hessian[p].clone();
                int diagonal = 0;
                for (int a = 0; a < n; a++) {
                    hessian[diagonal] += 1;
                    diagonal += n - a;
                }
                double[] s = solve(hessian, gradient);
                previous[p] = w[p].clone();
                previousObjective[p] = objective;
                slope[p] = dot(gradient, s);
                step[p] = s;
                alpha[p] = 1;
                halvings[p] = 0;
                for (int a = 0; a < n; a++) {
                    w[p][a] += s[a];
                }
                all = false;
            }
            if (all) {
                return w;
            }
        }
        return w;
    }

    /**
     * Model m as decision functions in the features' own units, per class: weights and intercept
     * (z_j = (x_j − mean_j)/scale_j folded into them); −∞ intercept for a class it was not trained on.
     */
    double[][] decisions(double[][] w, Scaling s, int m, boolean[] trainedClass) {
        double[][] out = new double[classes][d + 1];
        for (int k = 0; k < classes; k++) {
            double sign = 1;
            int p = m * perModel + k;
            if (perModel == 1) {
                p = m;
                sign = k == 0 ? 1 : -1;
            }
            double intercept = bias > 0 ? sign * w[p][d] * bias : 0;
            for (int j = 0; j < d; j++) {
                out[k][j] = sign * w[p][j] / s.scale[m][j];
                intercept -= out[k][j] * s.mean[m][j];
            }
            out[k][d] = trainedClass[k] ? intercept : Double.NEGATIVE_INFINITY;
        }
        return out;
    }

    /** The class with the largest decision value, the first of equals (as FilmLab's LIBLINEAR models predict). */
    static int predict(double[][] decisions, double[] x) {
        int best = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < decisions.length; k++) {
            double v = decisions[k][x.length];
            for (int j = 0; j < x.length; j++) {
                v += decisions[k][j] * x[j];
            }
            if (v > max) {
                max = v;
                best = k;
            }
        }
        return best;
    }

    /** Per model, the confusion counts (actual × predicted) of its test rows, in one pass. */
    static long[][][] confusion(JavaRDD<Film> films, double[][][] decisions, int classes) {
        int models = decisions.length;
        return films.treeAggregate(new long[models][classes][classes], (into, f) -> {
            for (int m = 0; m < models; m++) {
                if (f.tested[m]) {
                    into[m][f.cls][predict(decisions[m], f.x)]++;
                }
            }
            return into;
        }, (a, b) -> {
            for (int m = 0; m < models; m++) {
                for (int i = 0; i < classes; i++) {
                    for (int j = 0; j < classes; j++) {
                        a[m][i][j] += b[m][i][j];
                    }
                }
            }
            return a;
        }, 2);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The Newton step −H⁻¹g, H symmetric positive definite (I + a sum of outer products) in packed upper form. */
    static double[] solve(double[] packed, double[] gradient) {
        int n = gradient.length;
        double[][] l = new double[n][n];
        int at = 0;
        double[][] h = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                h[a][b] = packed[at];
                h[b][a] = packed[at++];
            }
        }
        // Cholesky: H = L Lᵀ.
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = h[i][j];
                for (int q = 0; q < j; q++) {
                    s -= l[i][q] * l[j][q];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = -gradient[i];
            for (int q = 0; q < i; q++) {
                s -= l[i][q] * y[q];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int q = i + 1; q < n; q++) {
                s -= l[q][i] * x[q];
            }
            x[i] = s / l[i][i];
        }
        return Arrays.copyOf(x, n);
    }
}
