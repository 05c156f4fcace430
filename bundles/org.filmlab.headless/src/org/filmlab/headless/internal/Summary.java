// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.filmlab.clustercount.AutoK;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Partition;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepRecord;

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
        for (RunResult.StepOutcome step : r.steps()) {
            if (!step.ran()) {
                f("%n%s skipped: %s%n", capital(step.record().label()), step.skipped());
                continue;
            }
            for (RunResult.Produced p : step.parts()) {
                part(r, step.record(), p);
            }
        }
    }

    /** FilmLab's own parts in their own words; any other part in the lines it gives itself. */
    private void part(RunResult r, StepRecord by, RunResult.Produced p) {
        switch (p.part()) {
            case Reduction red -> reduction(by, red);
            case QualityClasses q -> classes(r, by, q);
            case TestResult t -> test(t);
            case ClassifierEvaluation c -> classifier(by, c);
            case DecisionMaps m -> maps(by, m);
            case NextExperiments n -> next(n);
            case Partition ignored -> {
                // Shown with the classes made from it.
            }
            default -> {
                if (p.persistent() && !p.part().summaryLines().isEmpty()) {
                    f("%n%s: %s%n", capital(by.label()), by.stepName());
                    p.part().summaryLines().forEach(line -> f("  %s%n", line));
                }
            }
        }
    }

    private void reduction(StepRecord by, Reduction red) {
        f("%nReduction by %s (%s) of %s%n  explained variance:", by.contributionName(), by.contribution(),
                String.join(", ", red.variables()));
        for (int c = 0; c < Math.min(4, red.components().size()); c++) {
            f(" %s %.1f%%", red.components().get(c), 100 * red.explainedVariance()[c]);
        }
        f("%n");
    }

    private void classes(RunResult r, StepRecord by, QualityClasses q) {
        String clustering = r.steps().stream().flatMap(s -> s.parts().stream().filter(p -> p.part() instanceof Partition)
                .map(p -> s.record().contributionName() + ", k = " + ((Partition) p.part()).clustering().clusterCount()
                        + chosenBy(r) + ", on " + ((Partition) p.part()).components() + " components")).findFirst()
                .orElse("clusters");
        f("%nClasses (%s; named by %s, naming: %s)%n", clustering, by.contributionName(), q.naming());
        Dataset d = r.dataset();
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
        f("  good: %s — by the rule: %s%n", q.goodClasses().isEmpty() ? "no class" : "class " + q.goodClasses()
                .stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow(), q.criterion());
    }

    /** How k was chosen when a step chose it from the data (chooseK), else nothing: the document's k. */
    private static String chosenBy(RunResult r) {
        return r.steps().stream().filter(s -> s.record().step().equals(AutoK.CHOOSE) && s.ran()).findFirst()
                .map(s -> " chosen by " + s.record().label()).orElse("");
    }

    private void test(TestResult t) {
        f("%n%s%n", t.title());
        for (TestResult.Row row : t.rows()) {
            f("  %-12s", row.term());
            row.statistics().forEach((k, v) -> f(" %s=%s", TestResult.symbol(k), num(v)));
            f("%n");
        }
        t.notes().forEach(n -> f("  note: %s%n", n));
    }

    private void next(NextExperiments n) {
        if (n.recipes().isEmpty()) {
            return;
        }
        f("%nNext experiments by %s (%s): %s%n", n.suggesterName(), n.suggester(), n.method());
        for (NextExperiment e : n.recipes()) {
            List<String> recipe = new ArrayList<>();
            e.recipe().forEach((k, v) -> recipe.add(k + " " + num(v)));
            f("  %-28s class %d, P(good) %.2f, CV models against %.0f%%: %s%n", String.join(", ", recipe),
                    e.predictedClass(), e.goodProbability(), 100 * e.disagreement(), e.why());
        }
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void classifier(StepRecord by, ClassifierEvaluation c) {
        ClassifierEvaluation.Split s = c.split();
        f("%nClassifier %s (%s) on %s%n", by.contributionName(), by.contribution(), String.join(", ", c.features()));
        f("  stratified split: macro-F1 %.3f, accuracy %.3f (train %d rows, %d after resampling; test %d rows)%n",
                s.f1Macro(), s.accuracy(), s.trainRows(), s.trainRowsResampled(), s.testRows());
        List<String> perClass = new ArrayList<>();
        s.f1().forEach((k, v) -> perClass.add("class " + k + " " + String.format(Locale.ROOT, "%.3f", v)));
        f("  F1 per class: %s%n", String.join(", ", perClass));
        f("  %d × %d-fold stratified CV: macro-F1 %.3f ± %.3f%n", c.cv().repeats(), c.cv().folds(),
                c.cv().f1MacroMean(), c.cv().f1MacroSd());
    }

    private void maps(StepRecord by, DecisionMaps m) {
        DecisionMaps.ProcessWindow w = m.window();
        if (w == null) {
            f("%n%s over %s × %s%s: no process window, %s%n", m.title(), m.x(), m.y(),
                    m.panel().isEmpty() ? "" : ", per " + m.panel(), m.noWindow());
            return;
        }
        f("%nProcess window (class %d, %s, predicted over %s × %s%s)%n", w.windowClass(),
                m.labels().get(w.windowClass() - 1), m.x(), m.y(), m.panel().isEmpty() ? "" : ", per " + m.panel());
        f("  good by the rule: %s%n", w.criterion());
        if (w.panels().stream().allMatch(p -> p.points() == 0)) {
            f("  class %d is predicted nowhere on the grid%n", w.windowClass());
            return;
        }
        List<String> extrapolated = m.extrapolatedLevels().stream().map(Summary::num).toList();
        String overall = extrapolated.isEmpty() ? "overall" : "overall, at the measured and interpolated levels ("
                + m.panel() + " = " + String.join(", ", extrapolated) + " extrapolated, left out)";
        if (w.points() == 0) {
            f("  %s: class %d is predicted nowhere%n", overall, w.windowClass());
        } else {
            f("  %s: %s ≈ %s ± %s, %s ≈ %s ± %s%n", overall, m.x(), num(w.xMean()), num(w.xSd()), m.y(),
                    num(w.yMean()), num(w.ySd()));
        }
        for (DecisionMaps.PanelWindow p : w.panels()) {
            String level = m.panel().isEmpty() ? "" : m.panel() + " = " + num(p.level())
                    + " (" + m.support(p).word() + ")";
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

    /**
     * A number's zeros after its last significant decimal digit, then a point left last: compiled
     * once, as the summary formats dozens of numbers.
     */
    private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\.\\d*?)0+$");
    private static final Pattern TRAILING_POINT = Pattern.compile("\\.$");

    /** Four significant digits, scientific for very small values (p-values). */
    private static String num(double v) {
        if (v != 0 && Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return TRAILING_POINT.matcher(TRAILING_ZEROS.matcher(String.format(Locale.ROOT, "%.4g", v)).replaceAll("$1"))
                .replaceAll("");
    }

    private void f(String format, Object... args) {
        out.print(String.format(Locale.ROOT, format, args));
    }
}
