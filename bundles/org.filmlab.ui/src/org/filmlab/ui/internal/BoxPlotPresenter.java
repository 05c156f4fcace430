// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.report.MalformedResultsException;
import org.filmlab.report.charts.FilmLabCharts;
import org.filmlab.ui.results.ExportableChart;
import org.filmlab.ui.results.ResultPresenter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One box plot per measured property across the quality classes (the paper's Figure 2c and 2d
 * among them), each with its Kruskal–Wallis p-value, three to a row.
 */
public final class BoxPlotPresenter implements ResultPresenter {

    private static final int COLUMNS = 3;
    private static final int MIN_HEIGHT = 260;

    private ScrolledComposite scroller;
    private Composite grid;
    private final List<String> properties = new ArrayList<>();
    private final List<ChartComposite> canvases = new ArrayList<>();

    @Override
    public void createControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> fit());
        clear();
    }

    @Override
    public void show(RunResult result, JsonNode results) {
        clear();
        try {
            for (String key : FilmLabCharts.properties(results)) {
                ChartComposite canvas = new ChartComposite(grid, SWT.NONE, FilmLabCharts.boxPlot(results, key), true);
                GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
                d.minimumHeight = MIN_HEIGHT;
                d.heightHint = MIN_HEIGHT;
                canvas.setLayoutData(d);
                properties.add(key);
                canvases.add(canvas);
            }
        } catch (MalformedResultsException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        fit();
    }

    @Override
    public void clear() {
        if (grid != null) {
            grid.dispose();
        }
        properties.clear();
        canvases.clear();
        grid = new Composite(scroller, SWT.NONE);
        grid.setLayout(new GridLayout(COLUMNS, true));
        scroller.setContent(grid);
        fit();
    }

    private void fit() {
        int width = Math.max(300, scroller.getClientArea().width);
        scroller.setMinSize(grid.computeSize(width, SWT.DEFAULT));
        scroller.layout(true, true);
    }

    @Override
    public List<ExportableChart> charts() {
        List<ExportableChart> out = new ArrayList<>();
        for (int i = 0; i < canvases.size(); i++) {
            out.add(new ExportableChart("box-" + properties.get(i), canvases.get(i).getChart(), 520, 440));
        }
        return out;
    }

    /** The box plots shown by property key, for tests. */
    List<JFreeChart> shownCharts() {
        return canvases.stream().map(ChartComposite::getChart).toList();
    }

    List<String> properties() {
        return List.copyOf(properties);
    }
}
