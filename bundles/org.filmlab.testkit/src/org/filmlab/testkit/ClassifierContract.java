// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;

/**
 * The contract of a {@link Classifier}, trained on the conditions and classes of the
 * {@link ContractData} films; results are compared as the trained model's predictions of the
 * training rows. Clients may extend this class.
 *
 * @param <C> the classifier
 */
public abstract class ClassifierContract<C extends Classifier> extends ContributionContract<C, LabeledSamples> {

    @Override
    protected final ContributionKind kind() {
        return ContributionKind.CLASSIFIER;
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
    protected List<Prediction> run(C classifier, LabeledSamples input, ParameterValues values, long seed,
            IProgressMonitor monitor) {
        return predictions(classifier.train(input, values, seed, monitor), input);
    }

    /** The predictions of {@code model} for every row of {@code samples}, in row order. */
    public static List<Prediction> predictions(TrainedModel model, LabeledSamples samples) {
        List<Prediction> out = new ArrayList<>();
        for (double[] row : samples.x()) {
            out.add(model.predict(row));
        }
        return out;
    }
}
