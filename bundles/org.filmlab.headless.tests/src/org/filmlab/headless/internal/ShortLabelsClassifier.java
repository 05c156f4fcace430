// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/**
 * A contributed classifier with a bug in its batch labels: {@link TrainedModel#labelAll} returns
 * one label fewer than it was asked for (row by row it predicts class 0).
 */
public final class ShortLabelsClassifier implements Classifier {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor) {
        int classes = training.classCount();
        return new TrainedModel() {
            @Override
            public Prediction predict(double[] features) {
                double[] distribution = new double[classes];
                distribution[0] = 1;
                return new Prediction(0, distribution);
            }

            @Override
            public int[] labelAll(double[][] rows) {
                return Arrays.copyOf(new int[rows.length], Math.max(0, rows.length - 1));
            }
        };
    }
}
