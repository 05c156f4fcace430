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
 * A contributed classifier with a bug in its batch predictions: {@link TrainedModel#predictAll}
 * leaves the second row without a prediction (null), while its labels, row by row and in a batch,
 * are whole (class 0), so its classify step succeeds and the decision map meets the gap.
 */
public final class GapPredictionsClassifier implements Classifier {

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
            public Prediction[] predictAll(double[][] rows) {
                Prediction[] out = new Prediction[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = i == 1 ? null : predict(rows[i]);
                }
                return out;
            }

            @Override
            public int[] labelAll(double[][] rows) {
                return new int[rows.length];
            }
        };
    }
}
