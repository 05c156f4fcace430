// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.ParameterValues;

/**
 * Learns to predict a film's class from its conditions. Contributed through
 * {@code org.filmlab.core.classifiers}. Any preprocessing the classifier does (scaling, say) must
 * be fitted inside {@link #train} on the training rows only. Clients may implement this interface.
 */
public interface Classifier extends Contribution {

    /**
     * @param training the training rows (possibly resampled); not modified
     * @param values the parameters
     * @param seed the seed for any randomness, derived from the workflow's seed
     * @param monitor progress and cancellation; may be {@code null}
     */
    TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor);
}
