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
 * Class-balancing weights (contribution {@code org.filmlab.weka.classWeights}): every row is kept,
 * in order, and each row's weight is multiplied by {@code total / (classes present × weight of its
 * class)}, so that every class present weighs the same and the total weight is unchanged. A class
 * absent from the training rows stays absent. This is what Weka's {@code ClassBalancer} filter
 * does, written out here because it is a few lines on FilmLab's arrays.
 * <p>
 * It helps only a classifier that honours row weights: of this bundle's, SMO (bounds each row's
 * multiplier by C × weight), Logistic (weighted likelihood), J48 (weighted split counts), random
 * forest (weighted bootstrap draws) and IBk (weighted votes) do. No randomness; the seed is not
 * used. Stateless.
 */
public final class ClassWeights implements Resampler {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public List<String> references() {
        return List.of("G. King, L. Zeng: Logistic Regression in Rare Events Data. Political Analysis 9(2) (2001)"
                + " 137-163. doi:10.1093/oxfordjournals.pan.a004868",
                "Weka 3.8 weka.filters.supervised.instance.ClassBalancer.");
    }

    @Override
    public LabeledSamples resample(LabeledSamples training, ParameterValues values, long seed,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Class weights", 2);
        progress.checkCanceled();
        progress.split(1);
        int classes = training.classCount();
        double[] classWeight = new double[classes];
        double total = 0;
        for (int i = 0; i < training.size(); i++) {
            classWeight[training.y()[i]] += training.weights()[i];
            total += training.weights()[i];
        }
        int present = 0;
        for (double w : classWeight) {
            present += w > 0 ? 1 : 0;
        }
        progress.split(1);
        double[][] x = new double[training.size()][];
        int[] y = training.y().clone();
        double[] weights = new double[training.size()];
        for (int i = 0; i < training.size(); i++) {
            x[i] = training.x()[i].clone();
            double own = classWeight[y[i]];
            weights[i] = own > 0 ? training.weights()[i] * total / (present * own) : training.weights()[i];
        }
        return new LabeledSamples(training.features(), classes, x, y, weights);
    }
}
