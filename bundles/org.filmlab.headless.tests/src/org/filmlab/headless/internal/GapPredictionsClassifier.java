// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;

/**
 * A contributed classifier with a bug in its batch predictions: {@link TrainedModel#predictAll}
 * leaves the second row without a prediction (null), while its labels, row by row and in a batch,
 * are whole (class 0), so its classify step succeeds and the decision map meets the gap.
 */
public final class GapPredictionsClassifier extends ClassZeroModel.Faulty {

    @Override
    ClassZeroModel model(int classes) {
        return new ClassZeroModel(classes) {
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
