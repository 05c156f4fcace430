// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Resampler;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.internal.Seeds;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.workflow.StepFailedException;

/** Resample (training rows only) and train: what every split, fold and the final model do. */
final class Training {

    private final StepExecution step;
    private final Classifier classifier;
    private final ParameterValues params;
    private final Resampler resampler;
    private final ParameterValues resamplerParams;

    Training(StepExecution step) {
        this.step = step;
        this.classifier = (Classifier) step.algorithm().orElseThrow();
        this.params = step.algorithmParameters();
        this.resampler = (Resampler) step.helper("resample").orElse(null);
        this.resamplerParams = step.helperParameters("resample");
    }

    TrainedModel fit(LabeledSamples training, long seed, IProgressMonitor monitor) throws StepFailedException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        LabeledSamples balanced = training;
        if (resampler != null) {
            SubMonitor r = sub.split(1);
            balanced = step.call("resampling", () -> resampler.resample(training, resamplerParams,
                    Seeds.derive(seed, 0, "resample"), r));
        } else {
            sub.split(1);
        }
        LabeledSamples trainOn = balanced;
        SubMonitor t = sub.split(1);
        return step.call("", () -> classifier.train(trainOn, params, Seeds.derive(seed, 0, "train"), t));
    }

    /** The resampled training size, recomputed with the same seed the split's fit used (cheap, no training). */
    int resampledSize(LabeledSamples train, long seed) throws StepFailedException {
        if (resampler == null) {
            return train.size();
        }
        return step.call("resampling", () -> resampler.resample(train, resamplerParams,
                Seeds.derive(seed, 0, "resample"), null)).size();
    }
}
