// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;

/**
 * Every statistical test of the run as a table: Kruskal–Wallis per property, Dunn's pairwise
 * comparisons, the two-way ANOVA of log(RD) over X:B × L:S, whichever the workflow ran, each titled
 * by the test; and the steps that were skipped, with why.
 */
public final class StatisticsPresenter extends ScrolledPresenter {

    @Override
    void fill(Composite content, RunResult r) {
        List<TestResult> tests = r.all(Parts.TEST);
        TestTables.label(content, tests.size() + " test" + (tests.size() == 1 ? "" : "s") + " of "
                + r.workflow().name() + " on " + r.dataset().source() + r.first(Parts.CLASSES).map(c -> ", across the "
                        + c.count() + " quality classes.").orElse("."));
        for (String line : ResultsView.skipped(r)) {
            TestTables.label(content, line);
        }
        for (TestResult test : tests) {
            add(TestTables.test(content, test, r.dataset()));
        }
    }
}
