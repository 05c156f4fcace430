// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import weka.classifiers.functions.GaussianProcesses;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * A Gaussian process regression of one property on the conditions (scaled to [0, 1]), by Weka's
 * {@link GaussianProcesses} with an RBF kernel: positive properties on a log scale, since their
 * noise is multiplicative. The kernel's length scale per condition, its amplitude and the noise are
 * those of the highest marginal likelihood ({@link KernelFit}); Weka's kernel has one width and an
 * amplitude of 1, so the conditions are handed to it divided by their length scales and the
 * property divided by the amplitude, and its predictions multiplied back. Weka fits the process;
 * its predictions are computed by {@link DenseGaussianProcess}, Weka's arithmetic on arrays.
 */
final class PropertyProcess {

    private final boolean log;
    private final KernelFit.Hyperparameters fitted;
    private final List<double[]> xs = new ArrayList<>();
    private final List<Double> ys = new ArrayList<>();
    private DenseGaussianProcess model;

    /**
     * A prediction on the model's scale (log for a positive property): the mean and the standard
     * deviation of what a film made there would measure (the noise of one film included).
     */
    record Prediction(double mean, double sd) {
    }

    private PropertyProcess(boolean log, KernelFit.Hyperparameters fitted) {
        this.log = log;
        this.fitted = fitted;
    }

    /**
     * Fits the process with the hyperparameters of the highest marginal likelihood.
     *
     * @param x [film][condition] scaled to [0, 1]
     * @param values the property per film
     * @param monitor for cancellation
     */
    static PropertyProcess fit(double[][] x, double[] values, IProgressMonitor monitor) throws Exception {
        boolean log = true;
        for (double v : values) {
            log &= v > 0;
        }
        double[] y = new double[values.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = log ? Math.log(values[i]) : values[i];
        }
        PropertyProcess p = new PropertyProcess(log, KernelFit.fit(x, y, monitor));
        for (int i = 0; i < y.length; i++) {
            p.add(x[i], y[i]);
        }
        p.refit();
        return p;
    }

    boolean isLog() {
        return log;
    }

    /** Adds a film on the model's scale; call {@link #refit} before predicting again. */
    void add(double[] x, double y) {
        xs.add(x.clone());
        ys.add(y);
    }

    void refit() throws Exception {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int k = 0; k < xs.get(0).length; k++) {
            attributes.add(new Attribute("x" + k));
        }
        attributes.add(new Attribute("y"));
        Instances data = new Instances("property", attributes, xs.size());
        data.setClassIndex(attributes.size() - 1);
        for (int i = 0; i < xs.size(); i++) {
            double[] row = Arrays.copyOf(inputs(xs.get(i)), attributes.size());
            row[row.length - 1] = ys.get(i) / fitted.amplitude();
            data.add(new DenseInstance(1.0, row));
        }
        // exp(-γ |u - v|²) with u = x / length scale is exp(-Σ (x_k - y_k)² / 2 ℓ_k²) for γ = 1/2. No filter:
        // the conditions come scaled to [0, 1] by the candidates' ranges, so candidates and films share one scale.
        DenseGaussianProcess.Weka gp = new DenseGaussianProcess.Weka(0.5, fitted.noise() / fitted.amplitude());
        gp.buildClassifier(data);
        model = gp.dense(data);
    }

    Prediction predict(double[] x) {
        double[] u = inputs(x);
        double uu = DenseGaussianProcess.dot(u, u);
        double[] k = new double[model.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = model.kernel(u, uu, i);
        }
        return prediction(k);
    }

    private Prediction prediction(double[] k) {
        return new Prediction(fitted.amplitude() * model.mean(k), fitted.amplitude() * model.sd(k));
    }

    /**
     * Predictions at fixed recipes, again after each {@link #add} and {@link #refit}: the kernel
     * between each recipe and the films is kept, and computed only for the films added since (a
     * refit keeps the films before in their order, and the kernel's width and the length scales are
     * fixed at the fit).
     *
     * @param xs [recipe][condition] scaled to [0, 1]
     */
    Recipes at(double[][] xs) {
        return new Recipes(xs);
    }

    /** Fixed recipes to predict at, with their kernels against the films so far. */
    final class Recipes {

        private final double[][] inputs;
        private final double[] selfDots;
        /** [recipe][film]: the kernel, for the films so far (null before the first prediction). */
        private final double[][] kernels;

        private Recipes(double[][] xs) {
            inputs = new double[xs.length][];
            selfDots = new double[xs.length];
            kernels = new double[xs.length][];
            for (int c = 0; c < xs.length; c++) {
                inputs[c] = inputs(xs[c]);
                selfDots[c] = DenseGaussianProcess.dot(inputs[c], inputs[c]);
            }
        }

        /** The same doubles as {@code predict(xs[c])}. */
        Prediction predict(int c) {
            int n = model.size();
            double[] k = kernels[c];
            int known = k == null ? 0 : k.length;
            if (known < n) {
                k = known == 0 ? new double[n] : Arrays.copyOf(k, n);
                for (int i = known; i < n; i++) {
                    k[i] = model.kernel(inputs[c], selfDots[c], i);
                }
                kernels[c] = k;
            }
            return prediction(k);
        }
    }

    /** The hyperparameters of the highest marginal likelihood, fixed from the films it was fitted on. */
    KernelFit.Hyperparameters hyperparameters() {
        return fitted;
    }

    /** A recipe as Weka's kernel sees it: each condition divided by its length scale. */
    private double[] inputs(double[] x) {
        double[] scales = fitted.lengthScales();
        double[] u = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            u[k] = x[k] / scales[k];
        }
        return u;
    }
}
