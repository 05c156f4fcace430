// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;

/**
 * No resampling (contribution {@code org.filmlab.weka.noResampling}): the training rows, copied,
 * with their weights, so that a workflow can say "train on the data as measured" explicitly and a
 * comparison against oversampling or class weights is one changed id. Stateless.
 */
public final class NoResampling implements Resampler {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public List<String> references() {
        return List.of("H. He, E. A. Garcia: Learning from Imbalanced Data. IEEE Transactions on Knowledge and Data"
                + " Engineering 21(9) (2009) 1263-1284. doi:10.1109/TKDE.2008.239 (the baseline of every"
                + " resampling comparison)");
    }

    @Override
    public LabeledSamples resample(LabeledSamples training, ParameterValues values, long seed,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "No resampling", 1);
        progress.checkCanceled();
        progress.split(1);
        double[][] x = new double[training.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = training.x()[i].clone();
        }
        return new LabeledSamples(training.features(), training.classCount(), x, training.y().clone(),
                training.weights().clone());
    }
}
