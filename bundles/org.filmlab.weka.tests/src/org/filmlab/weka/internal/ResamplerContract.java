// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.params.ParameterValues;

/** The contract for resamplers, on wine samples with unequal classes. */
abstract class ResamplerContract<C extends Resampler> extends ContributionContract<C> {

    @Override
    Object input() {
        return WineSamples.sample();
    }

    @Override
    DataShape shape() {
        LabeledSamples s = WineSamples.sample();
        return new DataShape(s.size(), s.features(), s.features(), List.of(), s.classCount());
    }

    @Override
    Object run(C resampler, Object input, ParameterValues values, long seed, IProgressMonitor monitor) {
        return resampler.resample((LabeledSamples) input, values, seed, monitor);
    }
}
