// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.step.ResultPart;

/**
 * The classifier a classify step trained, handed to the steps after it (maps, suggestions, a second
 * model on other labels) but never written: models are not results.
 *
 * @param stepIndex the classify step's position, from which derived seeds start
 * @param features the condition keys the models take, in order
 * @param model the model trained on every film
 * @param foldModels the models of the first cross-validation repeat's folds
 * @param fitter trains the same configured classifier (with the same resampling) on other samples
 */
public record TrainedClassifier(int stepIndex, List<String> features, TrainedModel model,
        List<TrainedModel> foldModels, Fitter fitter) implements ResultPart {

    public TrainedClassifier {
        features = List.copyOf(features);
        foldModels = List.copyOf(foldModels);
    }

    /** Trains the step's classifier, resampling the training rows first as the step does. */
    @FunctionalInterface
    public interface Fitter {
        TrainedModel fit(LabeledSamples training, long seed, IProgressMonitor monitor) throws StepFailedException;
    }
}
