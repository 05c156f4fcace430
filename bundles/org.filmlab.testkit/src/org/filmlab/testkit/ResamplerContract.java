// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;

/**
 * The contract of a {@link Resampler}, on the conditions and unequal classes (30, 18, 12) of the
 * {@link ContractData} films. Clients may extend this class.
 *
 * @param <C> the resampler
 */
public abstract class ResamplerContract<C extends Resampler> extends ContributionContract<C, LabeledSamples> {

    @Override
    protected final ContributionKind kind() {
        return ContributionKind.RESAMPLER;
    }

    @Override
    protected LabeledSamples input() {
        return ContractData.labeledConditions();
    }

    @Override
    protected DataShape shape() {
        return ContractData.shape(input());
    }

    @Override
    protected LabeledSamples run(C resampler, LabeledSamples input, ParameterValues values, long seed,
            IProgressMonitor monitor) {
        return resampler.resample(input, values, seed, monitor);
    }
}
