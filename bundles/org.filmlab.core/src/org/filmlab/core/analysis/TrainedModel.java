// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

/**
 * A fitted classifier. Must be safe to call from one thread at a time and must not change.
 * Clients may implement this interface.
 */
public interface TrainedModel {

    /**
     * @param features one row of features, in the order of the training samples' features
     */
    Prediction predict(double[] features);
}
