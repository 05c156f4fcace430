// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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
 * noise is multiplicative. Weka does not fit the kernel's width or the noise level, so they are
 * chosen here from a small grid by 5-fold cross-validated error.
 */
final class PropertyProcess {

    private static final double[] GAMMAS = {1, 3, 10, 30};
    private static final double[] NOISES = {0.03, 0.1, 0.3};
    private static final int FOLDS = 5;

    private final boolean log;
    private final double gamma;
    private final double noise;
    private final List<double[]> xs = new ArrayList<>();
    private final List<Double> ys = new ArrayList<>();
    private GaussianProcesses model;
    private Instances header;

    /** A prediction on the model's scale (log for a positive property). */
    record Prediction(double mean, double sd) {
    }

    private PropertyProcess(boolean log, double gamma, double noise) {
        this.log = log;
        this.gamma = gamma;
        this.noise = noise;
    }

    /**
     * Fits the process with the kernel width and noise level that predict held-out films best.
     *
     * @param x [film][condition] scaled to [0, 1]
     * @param values the property per film
     * @param seed for the folds
     */
    static PropertyProcess fit(double[][] x, double[] values, long seed) throws Exception {
        boolean log = true;
        for (double v : values) {
            log &= v > 0;
        }
        double[] y = new double[values.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = log ? Math.log(values[i]) : values[i];
        }
        int[] fold = folds(y.length, seed);
        double best = Double.POSITIVE_INFINITY;
        PropertyProcess chosen = null;
        for (double g : GAMMAS) {
            for (double n : NOISES) {
                double error = 0;
                for (int f = 0; f < FOLDS; f++) {
                    PropertyProcess p = new PropertyProcess(log, g, n);
                    for (int i = 0; i < y.length; i++) {
                        if (fold[i] != f) {
                            p.add(x[i], y[i]);
                        }
                    }
                    p.refit();
                    for (int i = 0; i < y.length; i++) {
                        if (fold[i] == f) {
                            double e = p.predict(x[i]).mean() - y[i];
                            error += e * e;
                        }
                    }
                }
                if (error < best) {
                    best = error;
                    chosen = new PropertyProcess(log, g, n);
                }
            }
        }
        for (int i = 0; i < y.length; i++) {
            chosen.add(x[i], y[i]);
        }
        chosen.refit();
        return chosen;
    }

    private static int[] folds(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int s = order[i];
            order[i] = order[j];
            order[j] = s;
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % FOLDS;
        }
        return fold;
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
            double[] row = new double[attributes.size()];
            System.arraycopy(xs.get(i), 0, row, 0, xs.get(i).length);
            row[row.length - 1] = ys.get(i);
            data.add(new DenseInstance(1.0, row));
        }
        GaussianProcesses gp = new GaussianProcesses();
        RBFKernel kernel = new RBFKernel();
        kernel.setGamma(gamma);
        gp.setKernel(kernel);
        gp.setNoise(noise);
        // The conditions come scaled to [0, 1] by the candidates' ranges, so candidates and films share one scale.
        gp.setFilterType(new SelectedTag(GaussianProcesses.FILTER_NONE, GaussianProcesses.TAGS_FILTER));
        gp.buildClassifier(data);
        model = gp;
        header = new Instances(data, 0);
    }

    Prediction predict(double[] x) throws Exception {
        double[] row = new double[x.length + 1];
        System.arraycopy(x, 0, row, 0, x.length);
        Instance inst = new DenseInstance(1.0, row);
        inst.setDataset(header);
        return new Prediction(model.classifyInstance(inst), model.getStandardDeviation(inst));
    }

    /** A property's kernel width and noise, for the reason a suggestion gives. */
    String describe() {
        return "RBF γ " + gamma + ", noise " + noise + (log ? ", log scale" : "");
    }
}
