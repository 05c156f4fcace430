// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

import weka.classifiers.functions.Logistic;

/**
 * Multinomial logistic regression with a ridge penalty, by Weka's {@link Logistic} (contribution
 * {@code org.filmlab.weka.logistic}), after feature scaling fitted on the training rows only. The
 * distribution is the model's class probabilities. Honours row weights (they weigh each row's
 * log-likelihood). No randomness: the seed is not used. Stateless.
 */
public final class LogisticClassifier implements Classifier {

    /** Parameter key: the ridge (L2) penalty on the coefficients. */
    public static final String RIDGE = "ridge";
    /** Parameter key: the optimiser's iteration limit, 0 for until convergence. */
    public static final String MAX_ITERATIONS = "maxIterations";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            WekaClassifiers.scaling(WekaClassifiers.STANDARDIZE),
            Parameter.real(RIDGE, "Ridge",
                    "The L2 penalty on the coefficients; larger values shrink them towards 0 and keep the fit finite"
                            + " when the classes are separable.",
                    1e-8, 0.0, 1e6),
            Parameter.integer(MAX_ITERATIONS, "Maximum iterations",
                    "The most quasi-Newton iterations of the fit; 0 iterates until convergence.", 0, 0, 100000));

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("S. le Cessie, J. C. van Houwelingen: Ridge Estimators in Logistic Regression. Applied"
                + " Statistics 41(1) (1992) 191-201. doi:10.2307/2347628",
                "Weka 3.8 weka.classifiers.functions.Logistic; E. Frank, M. A. Hall, I. H. Witten: The WEKA"
                        + " Workbench, 4th ed. Morgan Kaufmann (2016).");
    }

    @Override
    public TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor) {
        WekaRuntime.prepare();
        Logistic logistic = new Logistic();
        logistic.setRidge(values.getDouble(RIDGE));
        int iterations = values.getInt(MAX_ITERATIONS);
        logistic.setMaxIts(iterations == 0 ? -1 : iterations);
        return WekaClassifiers.train("Logistic", this, training, values, logistic, WekaClassifiers.wekaSeed(seed),
                monitor);
    }
}
