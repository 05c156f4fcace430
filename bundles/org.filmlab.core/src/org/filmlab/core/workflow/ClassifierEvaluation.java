// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.List;
import java.util.Map;

/**
 * How well the classifier predicts the class from the conditions.
 *
 * @param features the condition keys the classifier uses
 * @param split the stratified hold-out split
 * @param cv the repeated stratified cross-validation
 */
public record ClassifierEvaluation(List<String> features, Split split, CrossValidation cv) implements org.filmlab.core.step.ResultPart {

    /**
     * A stratified train/test split; resampling applied to the training rows only.
     *
     * @param trainRows training rows before resampling
     * @param trainRowsResampled training rows after resampling
     * @param testRows held-out rows
     * @param confusion [actual class − 1][predicted class − 1] counts on the held-out rows
     * @param f1 per class present among actual or predicted held-out rows ("1", "2", ...), its F1
     * @param f1Macro the mean of {@code f1}
     * @param accuracy the fraction of held-out rows predicted right
     */
    public record Split(int trainRows, int trainRowsResampled, int testRows, int[][] confusion, Map<String, Double> f1,
            double f1Macro, double accuracy) {
    }

    /**
     * Repeated stratified k-fold cross-validation; in each fold the resampler and the classifier see
     * the training folds only.
     *
     * @param folds k
     * @param repeats how many times the folds were re-drawn
     * @param foldF1Macro the macro-F1 of every fold, repeat by repeat
     * @param f1MacroMean their mean
     * @param f1MacroSd their sample standard deviation
     * @param confusion [actual − 1][predicted − 1] summed over all folds of all repeats
     */
    public record CrossValidation(int folds, int repeats, double[] foldF1Macro, double f1MacroMean, double f1MacroSd,
            int[][] confusion) {
    }
}
