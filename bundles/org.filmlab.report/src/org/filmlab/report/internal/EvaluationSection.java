// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.filmlab.core.step.ResultPart;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.report.sections.ReportSection;
import org.filmlab.report.sections.SectionRenderer;

/** How well the classifier that ran predicts the class: split and cross-validation metrics, three figures. */
public final class EvaluationSection implements SectionRenderer {

    @Override
    public void render(ReportSection out, ResultsReader.Results results, ResultsReader.Step producer, ResultPart part) {
        ClassifierEvaluation c = (ClassifierEvaluation) part;
        Study study = new Study(results);
        ClassifierEvaluation.Split split = c.split();
        ClassifierEvaluation.CrossValidation cv = c.cv();
        double[] sorted = Arrays.stream(cv.foldF1Macro()).sorted().toArray();
        out.title("Classifier: " + Steps.algorithm(producer));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("features", String.join(", ", c.features().stream().map(f -> study.column(f).symbol()).toList())));
        rows.add(List.of("training films (after resampling)", split.trainRows() + " (" + split.trainRowsResampled() + ")"));
        rows.add(List.of("test films", Integer.toString(split.testRows())));
        rows.add(List.of("accuracy (test)", Html.number(split.accuracy(), 3)));
        rows.add(List.of("macro-F1 (test)", Html.number(split.f1Macro(), 3)));
        split.f1().forEach((k, v) -> rows.add(List.of("F1 class " + k + " (test)", Html.number(v, 3))));
        rows.add(List.of("cross-validation", cv.repeats() + " × " + cv.folds() + "-fold stratified"));
        rows.add(List.of("CV macro-F1 mean ± sd", Html.number(cv.f1MacroMean(), 3) + " ± " + Html.number(cv.f1MacroSd(), 2)));
        if (sorted.length > 0) {
            rows.add(List.of("CV macro-F1 range over folds", Html.number(sorted[0], 3) + " – "
                    + Html.number(sorted[sorted.length - 1], 3)));
        }
        out.table(List.of("metric", "value"), rows);
        HtmlSection html = (HtmlSection) out;
        html.figure(ClassifierFigures.confusion(study, c));
        html.figure(ClassifierFigures.cvDistribution(c));
        html.figure(ClassifierFigures.f1PerClass(c));
    }
}
