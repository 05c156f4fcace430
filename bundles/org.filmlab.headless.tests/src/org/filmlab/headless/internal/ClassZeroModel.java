// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/**
 * The model of this fragment's faulty classifiers: class 0 for every row, asked row by row. Each
 * faulty classifier ({@link Faulty}) breaks one of its batch methods.
 */
class ClassZeroModel implements TrainedModel {

    private final int classes;

    ClassZeroModel(int classes) {
        this.classes = classes;
    }

    @Override
    public Prediction predict(double[] features) {
        double[] distribution = new double[classes];
        distribution[0] = 1;
        return new Prediction(0, distribution);
    }

    /** A classifier without parameters whose model is a {@link ClassZeroModel} with one batch method broken. */
    abstract static class Faulty implements Classifier {

        @Override
        public ParameterSet parameters() {
            return ParameterSet.of();
        }

        @Override
        public TrainedModel train(LabeledSamples training, ParameterValues values, long seed,
                IProgressMonitor monitor) {
            return model(training.classCount());
        }

        abstract ClassZeroModel model(int classes);
    }
}
