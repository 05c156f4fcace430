// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.params.ParameterValues;

/**
 * The contract for classifiers, on three wine cultivars (two measurements, every third wine) so that
 * the classes overlap a little and a classifier has something to get wrong.
 */
abstract class ClassifierContract<C extends Classifier> extends ContributionContract<C> {

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
    Object run(C classifier, Object input, ParameterValues values, long seed, IProgressMonitor monitor) {
        LabeledSamples samples = (LabeledSamples) input;
        return predictions(classifier.train(samples, values, seed, monitor), samples);
    }
}
