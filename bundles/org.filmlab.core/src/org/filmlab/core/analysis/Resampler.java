// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.ParameterValues;

/**
 * Balances a training set (oversampling minority classes, re-weighting, ...). Contributed through
 * {@code org.filmlab.core.resamplers}. The engine applies it to the training part of each split
 * only, never to held-out rows. Clients may implement this interface.
 */
public interface Resampler extends Contribution {

    /**
     * @param training the training rows; not modified
     * @param values the parameters
     * @param seed the seed for drawing, derived from the workflow's seed
     * @param monitor progress and cancellation; may be {@code null}
     * @return new samples
     */
    LabeledSamples resample(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor);
}
