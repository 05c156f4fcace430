// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.clustercount.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.filmlab.clustercount.KChoice;
import org.filmlab.clustercount.charts.KChoiceCharts;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.ui.results.ExportableChart;
import org.filmlab.ui.results.ResultPresenter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A choice of k: which k the rule picked and by what rule, the diagnostics against k (the same
 * chart as the report's) and the films' silhouettes at the chosen k.
 */
public final class KChoicePresenter implements ResultPresenter {

    private Label verdict;
    private ChartComposite diagnostics;
    private ChartComposite silhouettes;
    private final List<ExportableChart> shown = new ArrayList<>();

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, true));
        verdict = new Label(root, SWT.WRAP);
        GridData text = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        text.widthHint = 300;
        verdict.setLayoutData(text);
        diagnostics = new ChartComposite(root, SWT.NONE, null, true);
        diagnostics.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        silhouettes = new ChartComposite(root, SWT.NONE, null, true);
        silhouettes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        clear();
    }

    @Override
    public void show(RunResult result, JsonNode results) {
        KChoice choice = result.first(KChoice.TYPE).orElseThrow();
        String by = result.producerOf(choice).map(s -> s.record().label()).orElse("");
        verdict.setText("k = " + choice.chosen() + " by the rule: " + choice.ruleText() + " (" + choice.why() + "). "
                + (choice.applied() ? "The cluster step used it." : "The cluster step kept its own k.") + " Ran: " + by
                + " for k = " + choice.candidates().get(0).k() + "…"
                + choice.candidates().get(choice.candidates().size() - 1).k() + " on " + choice.components()
                + " components; " + choice.references() + " reference sets, " + choice.seeds() + " other seeds, "
                + choice.bootstraps() + " bootstrap resamples.");
        JFreeChart d = KChoiceCharts.diagnostics(choice);
        JFreeChart s = KChoiceCharts.silhouettes(choice, choice.chosen());
        shown.clear();
        shown.add(new ExportableChart("k-choice", d, 560, 620));
        shown.add(new ExportableChart("k-choice-silhouettes", s, 560, 300));
        diagnostics.setChart(d);
        silhouettes.setChart(s);
        // setChart alone does not repaint a hidden tab; a change event repaints it when it is next shown.
        d.fireChartChanged();
        s.fireChartChanged();
        verdict.getParent().layout(true, true);
    }

    @Override
    public void clear() {
        shown.clear();
        verdict.setText("No choice of k in this run: run a workflow with a diagnoseK or chooseK step (the command"
                + " line's --k auto, or the workflow 'Chen–Duquesnoy 2021 with the diagnostics of k').");
        diagnostics.setChart(null);
        silhouettes.setChart(null);
    }

    @Override
    public List<ExportableChart> charts() {
        return List.copyOf(shown);
    }
}
