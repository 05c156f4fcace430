// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.report.charts.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One panel of a run's decision maps as a JFreeChart: the predicted class over the grid of two
 * conditions, with the films made at that level drawn on top in the class their clustering gave.
 * A grid point's tooltip gives the predicted class and the classifier's margin there; a dashed
 * outline marks the process window, when the workflow's quality rule found one. The recipes the
 * run's suggester proposed at this panel's level are drawn as white diamonds, each explained in its
 * tooltip (predicted class and its probability, predicted properties ± sd, acquisition value).
 */
final class DecisionMapChart {

    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 13);
    /** A suggestion's marker: a diamond, larger than a film's dot, white, so it reads as "not made yet". */
    private static final Shape SUGGESTION = new Polygon(new int[] { 0, 8, 0, -8 }, new int[] { -8, 0, 8, 0 }, 4);
    private static final BasicStroke SUGGESTION_OUTLINE = new BasicStroke(2.5f);

    private final DecisionMaps maps;
    private final DecisionMaps.Panel panel;
    /** The file name of the data set the maps were computed on. */
    private final String source;
    private final DefaultXYZDataset grid = new DefaultXYZDataset();
    private final JFreeChart chart;
    private final RunResult result;
    /** The run's suggestions, or {@code null} when it made none. */
    private final NextExperiments next;
    /** The suggestions drawn on this panel, in the order of their series' items. */
    private final List<NextExperiment> suggested = new ArrayList<>();

    DecisionMapChart(RunResult result, DecisionMaps maps, int panelIndex) {
        this.result = result;
        this.next = result.first(Parts.NEXT_EXPERIMENTS).orElse(null);
        this.maps = maps;
        this.panel = maps.panels().get(panelIndex);
        this.source = result.dataset().source();
        int nx = maps.xs().length;
        int ny = maps.ys().length;
        double[][] xyz = new double[3][nx * ny];
        for (int yi = 0; yi < ny; yi++) {
            for (int xi = 0; xi < nx; xi++) {
                int item = item(xi, yi);
                xyz[0][item] = maps.xs()[xi];
                xyz[1][item] = maps.ys()[yi];
                // The class, plus a tenth per probability band: shaded lighter where the classifier is less sure.
                xyz[2][item] = panel.classes()[yi][xi] + 0.1 * (panel.probabilities().length == 0
                        ? Palette.PROBABILITY_BANDS.length : Palette.probabilityBand(panel.probabilities()[yi][xi]));
            }
        }
        grid.addSeries("predicted class", xyz);

        XYBlockRenderer blocks = new XYBlockRenderer();
        double dx = nx > 1 ? maps.xs()[1] - maps.xs()[0] : 1;
        double dy = ny > 1 ? maps.ys()[1] - maps.ys()[0] : 1;
        blocks.setBlockWidth(dx);
        blocks.setBlockHeight(dy);
        int classes = maps.labels().size();
        LookupPaintScale scale = new LookupPaintScale(0.5, classes + 0.5, Color.LIGHT_GRAY);
        LegendItemCollection legend = new LegendItemCollection();
        for (int c = 1; c <= classes; c++) {
            for (int b = 0; b <= Palette.PROBABILITY_BANDS.length; b++) {
                scale.add(b == 0 ? c - 0.5 : c + 0.1 * b - 0.05, Palette.classShade(c, b));
            }
            legend.add(new LegendItem("class " + c + ": " + maps.labels().get(c - 1), colour(c)));
        }
        if (next != null) {
            legend.add(new LegendItem(suggestedBy(), null, null, null, SUGGESTION, Color.WHITE, SUGGESTION_OUTLINE,
                    Color.BLACK));
        }
        blocks.setPaintScale(scale);
        blocks.setDefaultToolTipGenerator((dataset, series, item) -> toolTip(item % nx, item / nx));

        Dataset data = result.dataset();
        NumberAxis xAxis = new NumberAxis(label(data, maps.x()));
        NumberAxis yAxis = new NumberAxis(label(data, maps.y()));
        xAxis.setRange(maps.xs()[0] - dx / 2, maps.xs()[nx - 1] + dx / 2);
        yAxis.setRange(maps.ys()[0] - dy / 2, maps.ys()[ny - 1] + dy / 2);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(grid, xAxis, yAxis, blocks);
        plot.setFixedLegendItems(legend);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        addFilms(plot, result, classes);
        addSuggestions(plot);
        addWindow(plot);
        chart = new JFreeChart(title(data), TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    /** The films made at this panel's level, one series per class, drawn over the grid. */
    private void addFilms(XYPlot plot, RunResult result, int classes) {
        Dataset data = result.dataset();
        Column x = data.column(maps.x()).orElse(null);
        Column y = data.column(maps.y()).orElse(null);
        Column level = maps.panel().isEmpty() ? null : data.column(maps.panel()).orElse(null);
        if (x == null || y == null) {
            return;
        }
        XYSeriesCollection films = new XYSeriesCollection();
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        int[] assignment = result.first(Parts.CLASSES).orElseThrow().assignment();
        for (int c = 1; c <= classes; c++) {
            XYSeries s = new XYSeries("films of class " + c, false, true);
            for (int i = 0; i < data.rowCount(); i++) {
                boolean atLevel = level == null || Math.abs(level.values()[i] - panel.level()) < 1e-9;
                if (atLevel && assignment[i] == c) {
                    s.add(x.values()[i], y.values()[i]);
                }
            }
            films.addSeries(s);
            int series = c - 1;
            dots.setSeriesPaint(series, colour(c));
            dots.setSeriesOutlinePaint(series, Color.BLACK);
            dots.setSeriesShape(series, new Ellipse2D.Double(-4, -4, 8, 8));
            dots.setSeriesOutlineStroke(series, new BasicStroke(1f));
        }
        dots.setUseOutlinePaint(true);
        plot.setDataset(1, films);
        plot.setRenderer(1, dots);
        // JFreeChart draws the last dataset first by default, which would hide the films under the grid.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    /** The suggested recipes at this panel's level, drawn over the films, each with its reasons as its tooltip. */
    private void addSuggestions(XYPlot plot) {
        if (next == null) {
            return;
        }
        XYSeries marks = new XYSeries(suggestedBy(), false, true);
        for (NextExperiment r : next.recipes()) {
            Double x = r.recipe().get(maps.x());
            Double y = r.recipe().get(maps.y());
            Double level = maps.panel().isEmpty() ? (Double) panel.level() : r.recipe().get(maps.panel());
            if (x != null && y != null && level != null && Math.abs(level - panel.level()) < 1e-9) {
                suggested.add(r);
                marks.add(x, y);
            }
        }
        XYLineAndShapeRenderer diamonds = new XYLineAndShapeRenderer(false, true);
        diamonds.setSeriesShape(0, SUGGESTION);
        diamonds.setSeriesPaint(0, Color.WHITE);
        diamonds.setUseOutlinePaint(true);
        diamonds.setSeriesOutlinePaint(0, Color.BLACK);
        diamonds.setSeriesOutlineStroke(0, SUGGESTION_OUTLINE);
        diamonds.setDefaultToolTipGenerator((dataset, series, item) -> suggestionToolTip(item));
        plot.setDataset(2, new XYSeriesCollection(marks));
        plot.setRenderer(2, diamonds);
    }

    private String suggestedBy() {
        return "suggested next (" + (next.suggesterName().isEmpty() ? next.suggester() : next.suggesterName()) + ")";
    }

    /** The suggestions drawn on this panel. */
    List<NextExperiment> suggestedHere() {
        return List.copyOf(suggested);
    }

    /** Suggestion {@code i} of this panel as a film for the Next experiments list, saying where it came from. */
    PlannedExperiment plannedSuggestion(int i) {
        return PlannedExperiment.suggested(result, maps, next, suggested.get(i));
    }

    /**
     * Why suggestion {@code i} of this panel was proposed: its recipe, the predicted class and the
     * probability of the good class, the predicted properties with their standard deviations, the
     * acquisition value, and the suggester's own words.
     */
    String suggestionToolTip(int i) {
        NextExperiment r = suggested.get(i);
        Dataset data = result.dataset();
        List<String> recipe = new ArrayList<>();
        r.recipe().forEach((k, v) -> recipe.add(k + " = " + number(v)));
        int c = r.predictedClass();
        StringBuilder tip = new StringBuilder(suggestedBy()).append(": ").append(String.join(", ", recipe));
        tip.append(String.format(Locale.ROOT, "\npredicted class %d%s; probability of the good class (%d) %.2f", c,
                c >= 1 && c <= maps.labels().size() ? " (" + maps.labels().get(c - 1) + ")" : "", next.goodClass(),
                r.goodProbability()));
        if (!r.predicted().isEmpty()) {
            List<String> props = new ArrayList<>();
            r.predicted().forEach((k, e) -> props.add(symbol(data, k) + " = "
                    + String.format(Locale.ROOT, "%.3g ± %.2g", e.value(), e.sd())));
            tip.append("\npredicted ").append(String.join(", ", props));
        }
        tip.append(Double.isNaN(r.acquisition()) ? "\nacquisition value: none (a draw scores nothing)"
                : String.format(Locale.ROOT, "\nacquisition value %.4g", r.acquisition()));
        if (!r.why().isEmpty()) {
            tip.append("\n").append(r.why());
        }
        return tip.toString();
    }

    /**
     * The outline of the process window at this panel's level: only when the workflow's quality rule
     * called a class good (else the maps have no window) and that class is predicted at this level.
     */
    private void addWindow(XYPlot plot) {
        DecisionMaps.ProcessWindow window = maps.window();
        if (window == null) {
            return;
        }
        for (DecisionMaps.PanelWindow w : window.panels()) {
            if (w.points() > 0 && Math.abs(w.level() - panel.level()) < 1e-9) {
                XYBoxAnnotation outline = new XYBoxAnnotation(w.xMin(), w.yMin(), w.xMax(), w.yMax(),
                        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f },
                                0f), Color.BLACK, null) {
                    private static final long serialVersionUID = 1L;

                    // Only the dashed line answers the mouse: JFreeChart asks the last entity drawn first, and
                    // the whole box would hide the tooltips of the grid points and suggestions inside it.
                    @Override
                    protected void addEntity(PlotRenderingInfo info, Shape hotspot, int rendererIndex, String tip,
                            String url) {
                        super.addEntity(info, new BasicStroke(6f).createStrokedShape(hotspot), rendererIndex, tip, url);
                    }
                };
                outline.setToolTipText("process window (class " + window.windowClass() + ")");
                plot.addAnnotation(outline);
                org.jfree.chart.annotations.XYTextAnnotation robust = new org.jfree.chart.annotations.XYTextAnnotation(
                        "★", w.robustX(), w.robustY());
                robust.setFont(new Font("SansSerif", Font.BOLD, 16));
                robust.setToolTipText("most robust recipe" + (w.robustInside() ? " (inside the measured region)"
                        : " (no window point inside the measured region)"));
                plot.addAnnotation(robust);
            }
        }
    }

    JFreeChart chart() {
        return chart;
    }

    /** The class the chart shows at a grid point (read back from the chart's own data: its whole part). */
    int classAt(int xi, int yi) {
        return (int) Math.floor(grid.getZValue(0, item(xi, yi)));
    }

    /** The grid point's coordinates as the chart holds them: {x, y}. */
    double[] pointAt(int xi, int yi) {
        return new double[] { grid.getXValue(0, item(xi, yi)), grid.getYValue(0, item(xi, yi)) };
    }

    /** The grid indices {xi, yi} of the grid point nearest to the data coordinates (x, y). */
    int[] nearest(double x, double y) {
        return new int[] { nearestIndex(maps.xs(), x), nearestIndex(maps.ys(), y) };
    }

    private static int nearestIndex(double[] grid, double v) {
        int best = 0;
        for (int i = 1; i < grid.length; i++) {
            if (Math.abs(grid[i] - v) < Math.abs(grid[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    /** The grid point as a proposed experiment: the data set, its conditions, the predicted class and the margin. */
    PlannedExperiment plannedAt(int xi, int yi) {
        int c = panel.classes()[yi][xi];
        return new PlannedExperiment(source, maps.panel(), panel.level(), panel.measured(), maps.x(), maps.xs()[xi],
                maps.y(), maps.ys()[yi], c, maps.labels().get(c - 1), panel.margins()[yi][xi]);
    }

    String toolTip(int xi, int yi) {
        int c = panel.classes()[yi][xi];
        return String.format(Locale.ROOT, "%s = %.3g, %s = %.3g: class %d (%s), margin %.3f", maps.x(), maps.xs()[xi],
                maps.y(), maps.ys()[yi], c, maps.labels().get(c - 1), panel.margins()[yi][xi])
                + (panel.probabilities().length == 0 ? "" : String.format(Locale.ROOT, ", probability %.2f",
                        panel.probabilities()[yi][xi]))
                + (panel.agreement().length == 0 ? "" : String.format(Locale.ROOT, ", CV models agreeing %.0f%%",
                        100 * panel.agreement()[yi][xi]));
    }

    private int item(int xi, int yi) {
        return yi * maps.xs().length + xi;
    }

    private String title(Dataset data) {
        if (maps.panel().isEmpty()) {
            return "Predicted class";
        }
        String level = data.column(maps.panel()).map(c -> c.symbol() + " = " + number(panel.level())
                + (c.unit().isEmpty() ? "" : " " + c.unit())).orElse(maps.panel() + " = " + number(panel.level()));
        return "Predicted class at " + level + (panel.measured() ? ""
                : " (" + maps.support(panel).word() + ": no films made at this level)");
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String label(Dataset data, String key) {
        return data.column(key).map(Column::label).orElse(key);
    }

    /** A condition or property as the maps name it: by the data set's symbol (L:S for a part's LS). */
    static String symbol(Dataset data, String key) {
        return data.column(key).map(Column::symbol).orElse(key);
    }

    /** The report's class colour, so a class has one colour on screen and on paper. */
    static Color colour(int c) {
        return Palette.classColour(c);
    }
}
