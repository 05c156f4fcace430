// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.workflow.RunResult;

/**
 * Every statistical test of the run as a table: Kruskal–Wallis per property, Dunn's pairwise
 * comparisons, the two-way ANOVA of log(RD) over X:B × L:S, whichever the workflow ran.
 */
public final class StatisticsPresenter extends ScrolledPresenter {

    @Override
    void fill(Composite content, RunResult r) {
        TestTables.label(content, r.tests().size() + " test" + (r.tests().size() == 1 ? "" : "s") + " of "
                + r.workflow().name() + " on " + r.dataset().source() + ", across the " + r.classes().count()
                + " quality classes.");
        for (TestResult test : r.tests()) {
            add(TestTables.test(content, test, r.dataset()));
        }
    }
}
