// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.junit.jupiter.api.Test;

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

    /**
     * {@link TrainedModel#predictAll} gives each row what {@link TrainedModel#predict} gives it: the
     * same label and the same distribution, for the training rows and rows far outside them; and
     * {@link TrainedModel#labelAll} the same label.
     */
    @Test
    public final void predictsABatchAsRowByRow() {
        LabeledSamples in = input();
        TrainedModel model = contribution().train(in, values(), SEED, null);
        assertBatchAsRows(model, in);
    }

    /**
     * Asserts what {@link #predictsABatchAsRowByRow} does for a model trained otherwise (with
     * other parameters): its batch predictions of the rows of {@code samples}, and of rows three
     * times as far from the origin, are its row-by-row ones.
     */
    public static void assertBatchAsRows(TrainedModel model, LabeledSamples samples) {
        int n = samples.size();
        double[][] rows = new double[2 * n][];
        for (int i = 0; i < n; i++) {
            rows[i] = samples.x()[i].clone();
            rows[n + i] = samples.x()[i].clone();
            for (int f = 0; f < rows[n + i].length; f++) {
                rows[n + i][f] *= 3;
            }
        }
        double[][] asked = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            asked[i] = rows[i].clone();
        }
        Prediction[] batch = model.predictAll(asked);
        assertEquals(rows.length, batch.length, "one prediction per row");
        int[] labels = model.labelAll(asked);
        assertEquals(rows.length, labels.length, "one label per row");
        for (int i = 0; i < rows.length; i++) {
            Prediction one = model.predict(rows[i].clone());
            assertNotNull(batch[i], "row " + i + ": predictAll gave no prediction (null)");
            assertEquals(one.label(), batch[i].label(), "row " + i + ": label");
            assertEquals(one.label(), labels[i], "row " + i + ": label alone (labelAll)");
            assertArrayEquals(one.distribution(), batch[i].distribution(), 0.0, "row " + i + ": distribution");
            assertArrayEquals(rows[i], asked[i], 0.0, "row " + i + " not modified");
        }
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
