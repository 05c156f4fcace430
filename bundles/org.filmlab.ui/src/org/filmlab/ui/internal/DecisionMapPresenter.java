// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.ui.results.ExportableChart;
import org.filmlab.ui.results.ResultPresenter;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The run's decision maps, one panel at a time: a slider walks through the panel levels (P% = 3…10
 * for the paper's workflow, the levels without films interpolated by the classifier); hovering a
 * grid point shows its class and margin, clicking it adds it to the "Next experiments" list. The
 * run's suggested recipes are the white diamonds: hovering one shows why it was suggested, clicking
 * it adds that suggestion (with where it came from) to the list.
 */
public final class DecisionMapPresenter implements ResultPresenter {

    private Composite root;
    private Label heading;
    private Scale levels;
    private Label levelText;
    private ChartComposite canvas;
    /** How near a click must be to a suggestion's marker to take the suggestion, in pixels. */
    private static final int MARKER_REACH = 9;

    private Point menuAt = new Point(-1, -1);
    private RunResult shown;
    private DecisionMapChart chart;

    @Override
    public void createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        heading = new Label(root, SWT.WRAP);
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        headingData.widthHint = 200;
        heading.setLayoutData(headingData);
        levels = new Scale(root, SWT.HORIZONTAL);
        levels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        levels.setIncrement(1);
        levels.setPageIncrement(1);
        levels.addListener(SWT.Selection, e -> showPanel(levels.getSelection()));
        levelText = new Label(root, SWT.NONE);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        textData.widthHint = 260;
        levelText.setLayoutData(textData);
        canvas = new ChartComposite(root, SWT.NONE, null, true) {
            // JFreeChart's own menu (properties, save, print, zoom), with FilmLab's item first.
            @Override
            protected Menu createPopupMenu(boolean properties, boolean save, boolean print, boolean zoom) {
                Menu menu = super.createPopupMenu(properties, save, print, zoom);
                MenuItem add = new MenuItem(menu, SWT.PUSH, 0);
                add.setText("&Add this recipe to the next experiments");
                add.addListener(SWT.Selection, e -> clickedAt(menuAt.x, menuAt.y));
                new MenuItem(menu, SWT.SEPARATOR, 1);
                return menu;
            }

            // Where the menu was asked for, in the canvas's pixels: its first item adds that recipe.
            @Override
            protected void displayPopupMenu(int x, int y) {
                menuAt = new Point(x, y);
                super.displayPopupMenu(x, y);
            }
        };
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        // The chart is drawn on ChartComposite's inner canvas, which receives the mouse events.
        for (Control c : canvas.getChildren()) {
            c.addListener(SWT.MouseUp, e -> {
                if (e.button == 1 && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
                    clickedAt(e.x, e.y);
                }
            });
        }
        clear();
    }

    @Override
    public void show(RunResult result, JsonNode results) {
        DecisionMaps maps = result.first(Parts.DECISION_MAPS).orElseThrow();
        heading.setText(result.workflow().name() + " on " + result.dataset().source() + ": " + window(maps, result.dataset())
                + suggestions(result) + " Click a point to add it to the next experiments.");
        shown = result;
        int panels = maps.panels().size();
        levels.setEnabled(panels > 1);
        levels.setMinimum(0);
        levels.setMaximum(Math.max(1, panels - 1));
        levels.setSelection(0);
        showPanel(0);
        root.layout(true, true);
    }

    @Override
    public void clear() {
        shown = null;
        heading.setText("");
        levels.setEnabled(false);
        showPanel(0);
    }

    @Override
    public List<ExportableChart> charts() {
        if (chart == null) {
            return List.of();
        }
        return List.of(new ExportableChart("decision-map-" + levels.getSelection(), chart.chart(), 600, 520));
    }

    /** Shows panel {@code index} of the current result's maps (as the slider does). */
    void showPanel(int index) {
        Optional<DecisionMaps> maps = shown == null ? Optional.empty() : shown.first(Parts.DECISION_MAPS);
        if (maps.isEmpty()) {
            chart = null;
            canvas.setChart(null);
            levelText.setText("");
            return;
        }
        List<DecisionMaps.Panel> panels = maps.get().panels();
        int i = Math.max(0, Math.min(index, panels.size() - 1));
        if (levels.getSelection() != i) {
            levels.setSelection(i);
        }
        DecisionMaps.Panel panel = panels.get(i);
        chart = new DecisionMapChart(shown, maps.get(), i);
        canvas.setChart(chart.chart());
        canvas.forceRedraw();
        int suggestedHere = chart.suggestedHere().size();
        levelText.setText((maps.get().panel().isEmpty() ? "" : maps.get().panel() + " = "
                + DecisionMapChart.number(panel.level()) + " (" + maps.get().support(panel).word() + ")")
                + (suggestedHere == 0 ? "" : (maps.get().panel().isEmpty() ? "" : ", ") + suggestedHere + " suggested"
                        + " here"));
    }

    /**
     * Adds what is under the canvas pixel (x, y) to the plan: a suggestion whose marker is there, or
     * else the grid point, if the pixel is on the map.
     */
    void clickedAt(int x, int y) {
        Optional<double[]> data = dataAt(x, y);
        if (chart == null || data.isEmpty()) {
            return;
        }
        List<NextExperiment> here = chart.suggestedHere();
        DecisionMaps maps = shown.first(Parts.DECISION_MAPS).orElseThrow();
        for (int i = 0; i < here.size(); i++) {
            java.awt.Point marker = pixelAt(here.get(i).recipe().get(maps.x()), here.get(i).recipe().get(maps.y()));
            if (marker.distance(x, y) <= MARKER_REACH) {
                Session.get().plan().add(chart.plannedSuggestion(i));
                return;
            }
        }
        int[] g = chart.nearest(data.get()[0], data.get()[1]);
        Session.get().plan().add(chart.plannedAt(g[0], g[1]));
    }

    /** The data coordinates {x, y} under a canvas pixel, if the pixel is inside the plot's data area. */
    Optional<double[]> dataAt(int x, int y) {
        ChartRenderingInfo info = canvas.getChartRenderingInfo();
        if (chart == null || info == null) {
            return Optional.empty();
        }
        Point2D p = canvas.translateScreenToJava2D(new java.awt.Point(x, y));
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (!area.contains(p)) {
            return Optional.empty();
        }
        XYPlot plot = (XYPlot) chart.chart().getPlot();
        return Optional.of(new double[] {
            plot.getDomainAxis().java2DToValue(p.getX(), area, plot.getDomainAxisEdge()),
            plot.getRangeAxis().java2DToValue(p.getY(), area, plot.getRangeAxisEdge()) });
    }

    /** The canvas pixel at data coordinates (x, y), as the chart was last drawn; for tests. */
    java.awt.Point pixelAt(double x, double y) {
        Rectangle2D area = canvas.getChartRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = (XYPlot) chart.chart().getPlot();
        Point2D j2d = new Point2D.Double(plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
        return canvas.translateJava2DToScreen(j2d);
    }

    /** The tooltip the map shows when the mouse rests on the canvas pixel (x, y), or {@code null}. */
    String hoverText(int x, int y) {
        Point2D p = canvas.translateScreenToJava2D(new java.awt.Point(x, y));
        ChartEntity entity = canvas.getChartRenderingInfo().getEntityCollection().getEntity(p.getX(), p.getY());
        return entity == null ? null : entity.getToolTipText();
    }

    /** Whether the current chart has been drawn on screen (so pixels map to data). */
    boolean drawn() {
        ChartRenderingInfo info = canvas.getChartRenderingInfo();
        return chart != null && info != null && info.getPlotInfo().getDataArea().getWidth() > 0;
    }

    /** The height in pixels of the plot's data area as last drawn; for tests. */
    int dataAreaHeight() {
        return (int) canvas.getChartRenderingInfo().getPlotInfo().getDataArea().getHeight();
    }

    /** The control that receives the clicks; for tests. */
    Control clickTarget() {
        return canvas.getChildren()[0];
    }

    /** "8 recipes suggested by Uncertainty sampling (white diamonds), 2 at this level." or nothing. */
    private String suggestions(RunResult result) {
        Optional<NextExperiments> next = result.first(Parts.NEXT_EXPERIMENTS);
        if (next.isEmpty()) {
            return "";
        }
        return " " + next.get().recipes().size() + " recipes " + PlannedExperiment.origin(result, next.get())
                + " are the white diamonds (hover for why).";
    }

    /** The window as the map's axes name the conditions: by symbol (L:S for the part's LS). */
    private static String window(DecisionMaps maps, Dataset data) {
        DecisionMaps.ProcessWindow w = maps.window();
        // A window is only ever announced for a class the workflow's quality rule calls good.
        if (w == null) {
            return "No process window: " + maps.noWindow() + (maps.noWindow().endsWith(".") ? "" : ".");
        }
        String windowClass = "class " + w.windowClass() + (w.criterion().isEmpty() ? "" : ": " + w.criterion());
        if (w.panels().stream().allMatch(p -> p.points() == 0)) {
            return windowClass + " is predicted nowhere on the maps.";
        }
        List<Double> extrapolated = maps.extrapolatedLevels();
        String leftOut = extrapolated.isEmpty() ? ""
                : " over the measured and interpolated levels (" + DecisionMapChart.symbol(data, maps.panel())
                        + " = " + String.join(", ", extrapolated.stream().map(DecisionMapChart::number).toList())
                        + " extrapolated, left out)";
        if (w.points() == 0) {
            return windowClass + " is predicted nowhere" + leftOut + ".";
        }
        return String.format(Locale.ROOT, "process window (%s) at %s = %.2f ± %.2f, %s = %.0f ± %.0f%s.", windowClass,
                DecisionMapChart.symbol(data, maps.x()), w.xMean(), w.xSd(), DecisionMapChart.symbol(data, maps.y()),
                w.yMean(), w.ySd(), leftOut);
    }


    /** The text above the map; for tests. */
    String headingText() {
        return heading.getText();
    }

    /** The chart shown, or {@code null} when there is no map to show. */
    DecisionMapChart chart() {
        return chart;
    }

    int panelShown() {
        return levels.getSelection();
    }
}
