// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.internal.Metrics;
import org.filmlab.core.internal.Parallel;
import org.filmlab.core.internal.Stratified;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.StepFailedException;

/** The stratified split and the repeated stratified cross-validation of a classify step. */
final class Evaluation {

    private Evaluation() {
    }

    /**
     * The models of the first repeat's folds are added to {@code firstRepeat}: they vote on where the
     * next experiments should go.
     */
    static ClassifierEvaluation evaluate(StepExecution e, Training training, LabeledSamples all,
            List<TrainedModel> firstRepeat, IProgressMonitor monitor) throws StepFailedException {
        ParameterValues s = e.settings();
        int k = all.classCount();
        int folds = s.getInt("folds");
        int repeats = s.getInt("repeats");
        int[][] parts = Stratified.split(all.y(), k, s.getDouble("testFraction"), e.derivedSeed(e.index(), "split"));
        int[][] foldOf = new int[repeats][];
        for (int r = 0; r < repeats; r++) {
            foldOf[r] = Stratified.folds(all.y(), k, folds, e.derivedSeed(e.index(), "cv-" + r));
        }
        // Piece 0 is the split, piece 1 + r·folds + f fold f of repeat r; each trains and tests one model.
        record Tested(TrainedModel model, int[][] confusion) {
        }
        List<Tested> tested = Parallel.map(e.label() + " cross-validation", 1 + folds * repeats, monitor,
                (piece, m) -> {
                    if (piece == 0) {
                        TrainedModel model = training.fit(all.subset(parts[0]), e.derivedSeed(e.index(), "split-fit"),
                                m);
                        return new Tested(model, confusion(e, model, all, parts[1], new int[k][k]));
                    }
                    int r = (piece - 1) / folds;
                    int f = (piece - 1) % folds;
                    int[][] p = Stratified.fold(foldOf[r], f);
                    TrainedModel model = training.fit(all.subset(p[0]), e.derivedSeed(e.index(), "cv-" + r + "-" + f),
                            m);
                    return new Tested(model, confusion(e, model, all, p[1], new int[k][k]));
                });

        LabeledSamples train = all.subset(parts[0]);
        int resampledSize = training.resampledSize(train, e.derivedSeed(e.index(), "split-fit"));
        int[][] splitConfusion = tested.get(0).confusion();
        ClassifierEvaluation.Split split = new ClassifierEvaluation.Split(parts[0].length, resampledSize,
                parts[1].length, splitConfusion, Metrics.f1PerClass(splitConfusion), Metrics.macroF1(splitConfusion),
                Metrics.accuracy(splitConfusion));

        double[] foldF1 = new double[folds * repeats];
        int[][] cvConfusion = new int[k][k];
        for (int piece = 1; piece < tested.size(); piece++) {
            int[][] c = tested.get(piece).confusion();
            if (piece <= folds) {
                firstRepeat.add(tested.get(piece).model());
            }
            foldF1[piece - 1] = Metrics.macroF1(c);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    cvConfusion[i][j] += c[i][j];
                }
            }
        }
        ClassifierEvaluation.CrossValidation cv = new ClassifierEvaluation.CrossValidation(folds, repeats, foldF1,
                Metrics.mean(foldF1), Metrics.sd(foldF1), cvConfusion);
        return new ClassifierEvaluation(all.features(), split, cv);
    }

    private static int[][] confusion(StepExecution e, TrainedModel model, LabeledSamples all, int[] rows,
            int[][] into) throws StepFailedException {
        // One guarded call for all the rows, not one a row: 10⁷ predictions at 10⁶ films. Labels
        // alone: a model may find them faster than whole predictions (TrainedModel.labelAll).
        double[][] asked = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            asked[i] = all.x()[rows[i]].clone();
        }
        int[] labels = e.call("predicting", () -> model.labelAll(asked));
        if (labels.length != rows.length) {
            throw Guard.malformed(e.label() + " predicting", "predicted " + labels.length + " of " + rows.length
                    + " rows");
        }
        for (int i = 0; i < rows.length; i++) {
            int label = labels[i];
            if (label < 0 || label >= all.classCount()) {
                throw Guard.malformed(e.label(), "predicted class index " + label);
            }
            into[all.y()[rows[i]]][label]++;
        }
        return into;
    }
}
