// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.regression.PropertyMaps;
import org.filmlab.ui.results.ExportableChart;
import org.filmlab.ui.results.ResultPresenter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The regress step's property maps, one heat map at a time: the property from a list, the panel
 * level from a slider, and the predicted mean or its standard error; above it, how well the chosen
 * property's regression fits.
 */
public final class PropertyMapsPresenter implements ResultPresenter {

    private Label fit;
    private Combo property;
    private Button mean;
    private Button standardError;
    private Scale level;
    private Label levelText;
    private ChartComposite canvas;
    private PropertyMaps maps;
    private Dataset data;
    private JFreeChart chart;

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        fit = new Label(root, SWT.WRAP);
        GridData fitData = new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1);
        fitData.widthHint = 200;
        fit.setLayoutData(fitData);
        new Label(root, SWT.NONE).setText("Property:");
        property = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        property.addListener(SWT.Selection, e -> redrawMap());
        mean = new Button(root, SWT.RADIO);
        mean.setText("Predicted mean");
        mean.setSelection(true);
        standardError = new Button(root, SWT.RADIO);
        standardError.setText("Standard error");
        // Both radios report a change; only the one turned on redraws.
        mean.addListener(SWT.Selection, e -> redrawIfOn(mean));
        standardError.addListener(SWT.Selection, e -> redrawIfOn(standardError));
        new Label(root, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        level = new Scale(root, SWT.HORIZONTAL);
        level.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        level.setIncrement(1);
        level.setPageIncrement(1);
        level.addListener(SWT.Selection, e -> redrawMap());
        levelText = new Label(root, SWT.NONE);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        textData.widthHint = 200;
        levelText.setLayoutData(textData);
        canvas = new ChartComposite(root, SWT.NONE, null, true);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        clear();
    }

    @Override
    public void show(RunResult result, JsonNode results) {
        maps = result.first(PropertyMaps.TYPE).orElseThrow();
        data = result.dataset();
        property.setItems(maps.properties().stream().map(PropertyMaps.Property::key).toArray(String[]::new));
        property.select(0);
        int panels = maps.properties().isEmpty() ? 0 : maps.properties().get(0).panels().size();
        level.setMinimum(0);
        level.setMaximum(Math.max(1, panels - 1));
        level.setSelection(0);
        level.setEnabled(panels > 1);
        property.setEnabled(true);
        mean.setEnabled(true);
        standardError.setEnabled(true);
        redrawMap();
        fit.getParent().layout(true, true);
    }

    @Override
    public void clear() {
        maps = null;
        data = null;
        property.removeAll();
        property.setEnabled(false);
        level.setEnabled(false);
        mean.setEnabled(false);
        standardError.setEnabled(false);
        redrawMap();
    }

    @Override
    public List<ExportableChart> charts() {
        if (chart == null) {
            return List.of();
        }
        String name = "property-map-" + property.getText().replaceAll("[^A-Za-z0-9]+", "-") + "-"
                + (standardError.getSelection() ? "se" : "mean") + "-" + level.getSelection();
        return List.of(new ExportableChart(name, chart, 560, 460));
    }

    private void redrawIfOn(Button radio) {
        if (radio.getSelection()) {
            redrawMap();
        }
    }

    /** Draws the map the controls choose, or nothing when there are no maps. */
    private void redrawMap() {
        if (maps == null || maps.properties().isEmpty()) {
            chart = null;
            fit.setText("");
            levelText.setText("");
            canvas.setChart(null);
            Point size = canvas.getSize();
            canvas.redraw(0, 0, size.x, size.y, true);
            return;
        }
        PropertyMaps.Property p = maps.properties().get(Math.max(0, property.getSelectionIndex()));
        int panel = Math.min(level.getSelection(), p.panels().size() - 1);
        fit.setText(String.format(Locale.ROOT, "%s (%s least squares): R² %.3f, residual sd %.4g", p.key(),
                maps.model(), p.rSquared(), p.residualSd()));
        PropertyMaps.Panel shown = p.panels().get(panel);
        levelText.setText(maps.panel().isEmpty() ? "" : Labels.level(data, maps.panel(), shown.level())
                + " (" + maps.support(shown).word() + ")");
        chart = PropertyMapChart.of(data, maps, p, panel, standardError.getSelection());
        canvas.setChart(chart);
        // setChart alone does not repaint; a change event makes the canvas redraw when it is next
        // painted, which the window system asks only of a visible tab (forceRedraw would paint hidden ones).
        chart.fireChartChanged();
    }
}
