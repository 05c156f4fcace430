// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.RunResult;

/**
 * How good the run's classifier is and what the tests found: hold-out and cross-validated
 * macro-F1, both confusion matrices, and every statistical test's table (Kruskal-Wallis per
 * property, the two-way ANOVA of log(RD) for the paper's workflow).
 */
public final class MetricsPresenter extends ScrolledPresenter {

    @Override
    void fill(Composite content, RunResult r) {
        TestTables.label(content, r.workflow().name() + " on " + r.dataset().source() + " (" + r.dataset().rowCount()
                + " films, seed " + r.workflow().seed() + ")" + (r.dataset().isSynthetic()
                        ? ". SYNTHETIC data: the numbers show what FilmLab does, not what real films do." : "."));
        for (String line : ResultsView.skipped(r)) {
            TestTables.label(content, line);
        }
        QualityClasses classes = r.first(Parts.CLASSES).orElseThrow();
        Group g = TestTables.group(content, "Quality classes");
        StringBuilder text = new StringBuilder();
        for (int c = 1; c <= classes.count(); c++) {
            text.append(c == 1 ? "" : "\n").append("class ").append(c).append(": ").append(classes.labels()
                    .get(c - 1)).append(", ").append(classes.sizes()[c - 1]).append(" films");
        }
        if (!classes.criterion().isEmpty()) {
            text.append("\n").append(classes.criterion());
        }
        TestTables.label(g, text.toString());
        r.first(Parts.EVALUATION).ifPresent(e -> classifier(content, e, r.dataset()));
        for (TestResult test : r.all(Parts.TEST)) {
            add(TestTables.test(content, test, r.dataset()));
        }
    }

    private void classifier(Composite content, ClassifierEvaluation e, Dataset data) {
        // The conditions by symbol, as the maps and the data table name them (L:S for the part's LS).
        Group g = TestTables.group(content, "Classifier (" + String.join(", ", e.features().stream()
                .map(f -> DecisionMapChart.symbol(data, f)).toList()) + " → class)");
        ClassifierEvaluation.Split s = e.split();
        ClassifierEvaluation.CrossValidation cv = e.cv();
        TestTables.label(g, String.format(Locale.ROOT, "Hold-out split: macro-F1 %.3f, accuracy %.3f (%d training films,"
                + " %d after oversampling; %d held out)", s.f1Macro(), s.accuracy(), s.trainRows(),
                s.trainRowsResampled(), s.testRows()));
        TestTables.label(g, String.format(Locale.ROOT, "%d × %d-fold cross-validation: macro-F1 %.3f ± %.3f (mean ± sd"
                + " over %d folds)", cv.repeats(), cv.folds(), cv.f1MacroMean(), cv.f1MacroSd(),
                cv.foldF1Macro().length));
        Composite matrices = new Composite(g, SWT.NONE);
        matrices.setLayout(new GridLayout(2, false));
        matrices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        confusion(matrices, "Hold-out confusion (rows: actual)", s.confusion());
        confusion(matrices, "Cross-validation confusion, all folds", cv.confusion());
    }

    private void confusion(Composite parent, String title, int[][] m) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        box.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        TestTables.label(box, title);
        List<String> headers = new ArrayList<>();
        headers.add("actual \\ predicted");
        for (int c = 1; c <= m.length; c++) {
            headers.add(Integer.toString(c));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < m.length; a++) {
            List<String> row = new ArrayList<>();
            row.add("class " + (a + 1));
            for (int p = 0; p < m[a].length; p++) {
                row.add(Integer.toString(m[a][p]));
            }
            rows.add(row);
        }
        add(TestTables.table(box, headers, rows));
    }
}
