// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.RunResult;

/**
 * The readable account of a run printed after it: what was analysed, what each step found, and
 * the process window. Numbers are printed with {@link Locale#ROOT} so output does not depend on the
 * machine's language.
 */
final class Summary {

    private final PrintStream out;

    Summary(PrintStream out) {
        this.out = out;
    }

    void print(RunResult r) {
        Dataset d = r.dataset();
        f("FilmLab — workflow %s %s (%s), seed %d%n", r.workflow().name(), r.workflow().version(), r.workflow().id(),
                r.workflow().seed());
        f("Data: %s, %d films; conditions %s; properties %s%n", d.source(), d.rowCount(), symbols(d.conditions()),
                symbols(d.properties()));
        if (d.isSynthetic()) {
            f("  ** SYNTHETIC data (FilmLab's generated sample), not measurements **%n");
        }

        Reduction red = r.reduction();
        f("%nReduction (%s) of %s%n  explained variance:", r.steps().get(0).contribution(),
                String.join(", ", r.reducedVariables()));
        for (int c = 0; c < Math.min(4, red.components().size()); c++) {
            f(" %s %.1f%%", red.components().get(c), 100 * red.explainedVariance()[c]);
        }
        f("%n");

        QualityClasses q = r.classes();
        f("%nClasses (%s on %d components, naming: %s)%n", r.steps().get(1).contribution(), r.clusteredComponents(),
                q.naming());
        f("  %-6s %5s", "class", "films");
        for (Column c : d.columns()) {
            f(" %12s", c.symbol());
        }
        f("%n");
        for (int k = 0; k < q.count(); k++) {
            f("  %-6d %5d", k + 1, q.sizes()[k]);
            for (Column c : d.columns()) {
                f(" %12s", num(q.medians().get(c.key())[k]));
            }
            f("%n");
        }
        f("  (medians per class)%n");

        for (TestResult t : r.tests()) {
            f("%n%s%n", t.title());
            for (TestResult.Row row : t.rows()) {
                f("  %-12s", row.term());
                row.statistics().forEach((k, v) -> f(" %s=%s", k, num(v)));
                f("%n");
            }
            t.notes().forEach(n -> f("  note: %s%n", n));
        }

        r.classifier().ifPresent(this::classifier);
        r.maps().ifPresent(this::window);
        if (!r.nextExperiments().isEmpty()) {
            f("%nNext experiments (where the classifier is least sure; most informative first)%n");
            for (NextExperiment e : r.nextExperiments()) {
                List<String> recipe = new ArrayList<>();
                e.recipe().forEach((k, v) -> recipe.add(k + " " + num(v)));
                f("  %-34s predicted class %d, margin %.2f, CV models disagreeing %.0f%%%n", String.join(", ", recipe),
                        e.predictedClass(), e.margin(), 100 * e.disagreement());
            }
        }
    }

    private void classifier(ClassifierEvaluation c) {
        ClassifierEvaluation.Split s = c.split();
        f("%nClassifier on %s%n", String.join(", ", c.features()));
        f("  stratified split: macro-F1 %.3f, accuracy %.3f (train %d rows, %d after resampling; test %d rows)%n",
                s.f1Macro(), s.accuracy(), s.trainRows(), s.trainRowsResampled(), s.testRows());
        List<String> perClass = new ArrayList<>();
        s.f1().forEach((k, v) -> perClass.add("class " + k + " " + String.format(Locale.ROOT, "%.3f", v)));
        f("  F1 per class: %s%n", String.join(", ", perClass));
        f("  %d × %d-fold stratified CV: macro-F1 %.3f ± %.3f%n", c.cv().repeats(), c.cv().folds(),
                c.cv().f1MacroMean(), c.cv().f1MacroSd());
    }

    private void window(DecisionMaps m) {
        DecisionMaps.ProcessWindow w = m.window();
        f("%nProcess window (class %d predicted over %s × %s%s)%n", w.windowClass(), m.x(), m.y(),
                m.panel().isEmpty() ? "" : ", per " + m.panel());
        if (w.points() == 0) {
            f("  class %d is predicted nowhere on the grid%n", w.windowClass());
            return;
        }
        f("  overall: %s ≈ %s ± %s, %s ≈ %s ± %s%n", m.x(), num(w.xMean()), num(w.xSd()), m.y(), num(w.yMean()),
                num(w.ySd()));
        for (DecisionMaps.PanelWindow p : w.panels()) {
            String level = m.panel().isEmpty() ? "" : m.panel() + " = " + num(p.level())
                    + (p.measured() ? " (measured)" : " (interpolated)");
            if (p.points() == 0) {
                f("  %-26s none%n", level);
                continue;
            }
            f("  %-26s %s %s–%s, %s %s–%s (%.0f%% of the map); most robust: %s %s, %s %s%n", level, m.x(),
                    num(p.xMin()), num(p.xMax()), m.y(), num(p.yMin()), num(p.yMax()), 100 * p.fraction(), m.x(),
                    num(p.robustX()), m.y(), num(p.robustY()));
        }
    }

    private static String symbols(List<Column> columns) {
        List<String> s = new ArrayList<>();
        for (Column c : columns) {
            s.add(c.symbol());
        }
        return s.isEmpty() ? "none" : String.join(", ", s);
    }

    /** Four significant digits, scientific for very small values (p-values). */
    private static String num(double v) {
        if (v != 0 && Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private void f(String format, Object... args) {
        out.print(String.format(Locale.ROOT, format, args));
    }
}
