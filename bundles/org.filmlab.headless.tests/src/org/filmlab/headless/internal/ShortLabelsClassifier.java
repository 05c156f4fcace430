// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.util.Arrays;

import org.filmlab.core.analysis.TrainedModel;

/**
 * A contributed classifier with a bug in its batch labels: {@link TrainedModel#labelAll} returns
 * one label fewer than it was asked for (row by row it predicts class 0).
 */
public final class ShortLabelsClassifier extends ClassZeroModel.Faulty {

    @Override
    ClassZeroModel model(int classes) {
        return new ClassZeroModel(classes) {
            @Override
            public int[] labelAll(double[][] rows) {
                return Arrays.copyOf(new int[rows.length], Math.max(0, rows.length - 1));
            }
        };
    }
}
