// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.report.MalformedResultsException;
import org.filmlab.report.charts.FilmLabCharts;
import org.filmlab.ui.results.ExportableChart;
import org.filmlab.ui.results.ResultPresenter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The paper's Figure 2a and 2b side by side: the reduction's correlation circle and the scores by
 * class, titled by the reducer that ran (PCA in the paper's workflow, PLS or another in others).
 */
public final class PcaPresenter implements ResultPresenter {

    private ChartComposite circle;
    private ChartComposite scores;

    @Override
    public void createControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        circle = new ChartComposite(sash, SWT.NONE, null, true);
        scores = new ChartComposite(sash, SWT.NONE, null, true);
        sash.setWeights(1, 1);
    }

    @Override
    public void show(RunResult result, JsonNode results) {
        try {
            String reducer = reducer(result);
            JFreeChart c = FilmLabCharts.correlationCircle(results);
            c.setTitle(reducer + ": correlation circle");
            circle.setChart(c);
            JFreeChart s = FilmLabCharts.scores(results);
            s.setTitle(reducer + ": scores by quality class");
            scores.setChart(s);
        } catch (MalformedResultsException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        circle.forceRedraw();
        scores.forceRedraw();
    }

    /** The human name of the reducer whose reduction is shown, or the step's when it names none. */
    static String reducer(RunResult result) {
        Reduction reduction = result.first(Parts.REDUCTION).orElseThrow();
        return result.producerOf(reduction).map(s -> s.record().contributionName().isEmpty() ? s.record().stepName()
                : s.record().contributionName()).orElse("Reduction");
    }

    @Override
    public void clear() {
        circle.setChart(null);
        scores.setChart(null);
    }

    @Override
    public List<ExportableChart> charts() {
        if (circle.getChart() == null) {
            return List.of();
        }
        return List.of(new ExportableChart("pca-correlation-circle", circle.getChart(), 600, 600),
                new ExportableChart("pca-scores", scores.getChart(), 640, 600));
    }

    /** The correlation circle and the scores chart shown, for tests. */
    List<JFreeChart> shownCharts() {
        return List.of(circle.getChart(), scores.getChart());
    }
}
