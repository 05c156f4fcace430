// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.analysis;

/**
 * A fitted classifier. Must be safe to call from one thread at a time and must not change.
 * Clients may implement this interface.
 */
public interface TrainedModel {

    /**
     * @param features one row of features, in the order of the training samples' features
     */
    Prediction predict(double[] features);

    /**
     * Predicts rows in one call: for each, in order, the prediction {@link #predict} gives it. A
     * model may do this faster than row by row (Weka's SMO couples several rows' pairwise
     * probabilities at once); the decision maps ask for a panel's grid points this way.
     *
     * @param rows rows of features, as {@link #predict} takes them; not modified
     */
    default Prediction[] predictAll(double[][] rows) {
        Prediction[] out = new Prediction[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = predict(rows[i]);
        }
        return out;
    }

    /**
     * The label {@link #predict} gives each row, in one call, for a caller that reads no
     * distribution (the cross-validation's confusion matrices; how far the cross-validation models
     * agree with the final model over a decision map). A model may find labels faster than whole
     * predictions (Weka's SMO with logistic models, where the classes were balanced).
     *
     * @param rows rows of features, as {@link #predict} takes them; not modified
     * @since 1.2
     */
    default int[] labelAll(double[][] rows) {
        Prediction[] predicted = predictAll(rows);
        int[] out = new int[predicted.length];
        for (int i = 0; i < out.length; i++) {
            if (predicted[i] == null) {
                throw new IllegalStateException("the model predicted nothing for a row");
            }
            out[i] = predicted[i].label();
        }
        return out;
    }
}
