// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import weka.classifiers.functions.GaussianProcesses;
import weka.classifiers.functions.supportVector.RBFKernel;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * A Gaussian process regression of one property on the conditions (scaled to [0, 1]), by Weka's
 * {@link GaussianProcesses} with an RBF kernel: positive properties on a log scale, since their
 * noise is multiplicative. The kernel's length scale per condition, its amplitude and the noise are
 * those of the highest marginal likelihood ({@link KernelFit}); Weka's kernel has one width and an
 * amplitude of 1, so the conditions are handed to it divided by their length scales and the
 * property divided by the amplitude, and its predictions multiplied back.
 */
final class PropertyProcess {

    private final boolean log;
    private final KernelFit.Hyperparameters fitted;
    private final List<double[]> xs = new ArrayList<>();
    private final List<Double> ys = new ArrayList<>();
    private GaussianProcesses model;
    private Instances header;

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
            double[] row = inputs(xs.get(i));
            row[row.length - 1] = ys.get(i) / fitted.amplitude();
            data.add(new DenseInstance(1.0, row));
        }
        GaussianProcesses gp = new GaussianProcesses();
        RBFKernel kernel = new RBFKernel();
        // exp(-γ |u - v|²) with u = x / length scale is exp(-Σ (x_k - y_k)² / 2 ℓ_k²) for γ = 1/2.
        kernel.setGamma(0.5);
        gp.setKernel(kernel);
        gp.setNoise(fitted.noise() / fitted.amplitude());
        // The conditions come scaled to [0, 1] by the candidates' ranges, so candidates and films share one scale.
        gp.setFilterType(new SelectedTag(GaussianProcesses.FILTER_NONE, GaussianProcesses.TAGS_FILTER));
        gp.buildClassifier(data);
        model = gp;
        header = new Instances(data, 0);
    }

    Prediction predict(double[] x) throws Exception {
        Instance inst = new DenseInstance(1.0, inputs(x));
        inst.setDataset(header);
        return new Prediction(fitted.amplitude() * model.classifyInstance(inst),
                fitted.amplitude() * model.getStandardDeviation(inst));
    }

    /** The hyperparameters of the highest marginal likelihood, fixed from the films it was fitted on. */
    KernelFit.Hyperparameters hyperparameters() {
        return fitted;
    }

    /** A recipe as Weka's kernel sees it: each condition divided by its length scale, a slot for the target. */
    private double[] inputs(double[] x) {
        double[] scales = fitted.lengthScales();
        double[] row = new double[x.length + 1];
        for (int k = 0; k < x.length; k++) {
            row[k] = x[k] / scales[k];
        }
        return row;
    }
}
