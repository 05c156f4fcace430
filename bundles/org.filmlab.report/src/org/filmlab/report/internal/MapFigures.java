// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.report.charts.Viridis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Maps over the L:S × X:B plane: the DoT map (Figure 3), property maps per P% and decision maps (Figure 4). */
final class MapFigures {

    /** Grid points per axis of interpolated property maps. */
    static final int STEPS = 41;

    private MapFigures() {
    }

    /** The plane's axes and the panel variable: the decision map's when there is one, else the paper's. */
    record Plane(String x, String y, String panel) {

        static Optional<Plane> of(Study study) {
            Optional<DecisionMaps> map = study.results().first(Parts.DECISION_MAPS);
            if (map.isPresent() && !map.get().panel().isEmpty()) {
                return Optional.of(new Plane(map.get().x(), map.get().y(), map.get().panel()));
            }
            if (study.findColumn("LS").isPresent() && study.findColumn("XB").isPresent()
                    && study.findColumn("P").isPresent()) {
                return Optional.of(new Plane("LS", "XB", "P"));
            }
            return Optional.empty();
        }
    }

    /** Colour steps of a map: they read as filled contours, and equal-colour runs keep the SVG small. */
    static final int BANDS = 16;


    private static DefaultXYZDataset grid(double[] xs, double[] ys, double[][] z) {
        int n = xs.length * ys.length;
        double[][] s = new double[3][n];
        int k = 0;
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                s[0][k] = xs[i];
                s[1][k] = ys[j];
                s[2][k] = z[j][i];
                k++;
            }
        }
        DefaultXYZDataset d = new DefaultXYZDataset();
        d.addSeries("grid", s);
        return d;
    }

    private static double step(double[] v) {
        return v.length > 1 ? (v[v.length - 1] - v[0]) / (v.length - 1) : 1;
    }

    /** A heat map plot with blocks centred on the grid points and the axes ending at the blocks' edges. */
    private static XYPlot heatPlot(Study study, Plane plane, double[] xs, double[] ys, double[][] z, PaintScale scale) {
        XYBlockRenderer blocks = new RunBlockRenderer();
        double sx = step(xs);
        double sy = step(ys);
        blocks.setBlockWidth(sx);
        blocks.setBlockHeight(sy);
        blocks.setPaintScale(scale);
        NumberAxis x = Charts.axis(study.column(plane.x()).axisLabel());
        NumberAxis y = Charts.axis(study.column(plane.y()).axisLabel());
        x.setRange(xs[0] - sx / 2, xs[xs.length - 1] + sx / 2);
        y.setRange(ys[0] - sy / 2, ys[ys.length - 1] + sy / 2);
        XYPlot plot = new XYPlot(grid(xs, ys, z), x, y, blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return plot;
    }

    /** Overlays measured points as open black circles, or filled in class colours when classes are given. */
    private static void overlay(XYPlot plot, List<double[]> points, int[] pointClasses, List<Integer> classIds) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        if (pointClasses == null) {
            XYSeries s = new XYSeries("measured", false, true);
            points.forEach(p -> s.add(p[0], p[1]));
            data.addSeries(s);
            r.setSeriesPaint(0, Color.BLACK);
            r.setSeriesShape(0, Charts.dot(7));
            r.setSeriesShapesFilled(0, false);
            r.setSeriesStroke(0, new BasicStroke(1.2f));
        } else {
            for (int c : classIds) {
                XYSeries s = new XYSeries("class " + c, false, true);
                for (int i = 0; i < points.size(); i++) {
                    if (pointClasses[i] == c) {
                        s.add(points.get(i)[0], points.get(i)[1]);
                    }
                }
                int index = data.getSeriesCount();
                data.addSeries(s);
                r.setSeriesPaint(index, Study.classColour(c));
                r.setSeriesShape(index, Charts.dot(7));
                r.setSeriesOutlinePaint(index, Color.BLACK);
            }
            r.setUseOutlinePaint(true);
            r.setDrawOutlines(true);
        }
        plot.setDataset(1, data);
        plot.setRenderer(1, r);
    }

    private static void legend(JFreeChart chart, PaintScale scale, String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(Charts.TICK);
        axis.setTickLabelFont(Charts.TICK);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend l = new PaintScaleLegend(scale, axis);
        l.setPosition(RectangleEdge.RIGHT);
        l.setStripWidth(10);
        l.setMargin(new RectangleInsets(4, 6, 4, 2));
        l.setAxisOffset(2);
        chart.addSubtitle(l);
    }

    static Figure dotMap(Study study, Plane plane, String property) {
        Study.Column column = study.column(property);
        Surface s = Surface.of(study.values(plane.x()), study.values(plane.y()), study.values(property), STEPS);
        Viridis ramp = new Viridis(s.min(), s.max(), BANDS);
        XYPlot plot = heatPlot(study, plane, s.xs(), s.ys(), s.z(), ramp);
        overlay(plot, s.points(), null, List.of());
        JFreeChart chart = Charts.chart(column.symbol() + " averaged over " + study.column(plane.panel()).symbol(),
                plot, false);
        legend(chart, ramp, column.axisLabel());
        return new Figure("fig3-dot-map", "Figure 3. " + column.symbol() + " over the "
                + study.column(plane.x()).symbol() + " × " + study.column(plane.y()).symbol() + " plane",
                column.header() + " over " + study.column(plane.x()).symbol() + " × " + study.column(plane.y()).symbol()
                        + ", averaged over " + study.column(plane.panel()).symbol() + ": the mean of all films measured at "
                        + "each (" + study.column(plane.x()).symbol() + ", " + study.column(plane.y()).symbol()
                        + ") point whatever their " + study.column(plane.panel()).symbol() + ", then " + s.method()
                        + " on a " + STEPS + " × " + STEPS + " grid. Open circles: the " + s.points().size()
                        + " measured points.",
                640, 540, (g2, area) -> chart.draw(g2, area));
    }

    /** Distinct values of the panel variable, ascending. */
    private static double[] levels(double[] panelValues) {
        TreeSet<Double> set = new TreeSet<>();
        for (double v : panelValues) {
            if (!Double.isNaN(v)) {
                set.add(v);
            }
        }
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A property over the plane for each measured level of the panel variable (cf. the paper's Movies S1–S3). */
    static Figure propertyMaps(Study study, Plane plane, String property) {
        Study.Column column = study.column(property);
        Study.Column panel = study.column(plane.panel());
        double[] x = study.values(plane.x());
        double[] y = study.values(plane.y());
        double[] p = study.values(plane.panel());
        double[] v = study.values(property);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double value : v) {
            if (!Double.isNaN(value)) {
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
            }
        }
        // One colour scale for all panels, so that a colour means the same value at every level.
        Viridis ramp = new Viridis(lo, hi, BANDS);
        List<JFreeChart> panels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        TreeSet<String> methods = new TreeSet<>();
        String name = "property-map-" + Html.id(property);
        for (double level : levels(p)) {
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < p.length; r++) {
                if (p[r] == level) {
                    rows.add(r);
                }
            }
            Surface s = Surface.of(pick(x, rows), pick(y, rows), pick(v, rows), STEPS);
            methods.add(s.method());
            XYPlot plot = heatPlot(study, plane, s.xs(), s.ys(), s.z(), ramp);
            overlay(plot, s.points(), null, List.of());
            JFreeChart chart = Charts.chart(panel.symbol() + " = " + Html.level(level) + " " + panel.unit(), plot, false);
            legend(chart, ramp, column.axisLabel());
            panels.add(chart);
            ids.add(name + "-panel-" + Html.id(Html.level(level)));
        }
        int columns = Math.min(2, panels.size());
        int rowsOfPanels = (panels.size() + columns - 1) / columns;
        return new Figure(name, column.symbol() + " over " + study.column(plane.x()).symbol() + " × "
                + study.column(plane.y()).symbol() + " per " + panel.symbol(),
                column.header() + " over " + study.column(plane.x()).symbol() + " × " + study.column(plane.y()).symbol()
                        + " for each measured " + panel.symbol() + " (the paper shows these as Movies S1–S3). "
                        + "Films measured at the same point are averaged, then the grid is filled by "
                        + String.join(" or ", methods) + " (" + STEPS + " × " + STEPS + " points; bilinear where the "
                        + "level's points form a full grid). One colour scale for all panels. Open circles: measured points.",
                540 * columns, 440 * rowsOfPanels, Charts.grid(panels, ids, columns, List.of()));
    }

    private static double[] pick(double[] values, List<Integer> rows) {
        return rows.stream().mapToDouble(r -> values[r]).toArray();
    }

    /**
     * Figure 4: the classifier's predicted class over the plane, one panel per level of the panel
     * variable, with the films measured at that level overlaid in their class colours.
     *
     * @param next       recipes to mark, if the run proposes any for these maps
     * @param classTints true to paint predicted classes in the quality-class tints (the same classes as
     *                   the points); false for greys, when the map's classes are not the quality classes
     */
    static Figure decisionMaps(Study study, DecisionMaps map, String name, String title, String what,
            boolean classTints, Optional<NextExperiments> next) {
        Plane plane = new Plane(map.x(), map.y(), map.panel());
        double[] xs = map.xs();
        double[] ys = map.ys();
        List<String> labels = map.labels();
        int[] classes = study.classAssignment();
        double[] x = study.values(plane.x());
        double[] y = study.values(plane.y());
        double[] p = study.values(plane.panel());
        List<Integer> qualityClasses = study.classIds();
        TreeSet<Integer> predicted = new TreeSet<>();
        List<JFreeChart> charts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Study.Column panel = study.column(plane.panel());
        List<DecisionMaps.Panel> panels = map.panels();
        List<double[][]> grids = new ArrayList<>();
        for (DecisionMaps.Panel pn : panels) {
            int[][] rows = pn.classes();
            if (rows.length != ys.length) {
                throw new Node.Malformed(name + ".classes", "has " + rows.length + " rows for " + ys.length + " ys");
            }
            double[][] z = new double[ys.length][xs.length];
            for (int j = 0; j < ys.length; j++) {
                int[] row = rows[j];
                if (row.length != xs.length) {
                    throw new Node.Malformed(name + ".classes[" + j + "]", "has " + row.length + " classes for " + xs.length + " xs");
                }
                for (int i = 0; i < xs.length; i++) {
                    z[j][i] = row[i];
                    predicted.add(row[i]);
                }
            }
            grids.add(z);
        }
        LookupPaintScale scale = new LookupPaintScale(predicted.isEmpty() ? 0 : predicted.first() - 0.5,
                predicted.isEmpty() ? 1 : predicted.last() + 0.5, Color.WHITE);
        List<Charts.Swatch> swatches = new ArrayList<>();
        List<Charts.Swatch> marks = new ArrayList<>();
        int shade = 0;
        for (int c : predicted) {
            Color fill = classTints ? Study.classTint(c) : grey(shade++, predicted.size());
            scale.add(c - 0.5, fill);
            swatches.add(Charts.Swatch.square(fill, "predicted " + Study.labelled(c, labels)));
        }
        for (int c : qualityClasses) {
            marks.add(Charts.Swatch.dot(Study.classColour(c), "film of class " + c));
        }
        // A window is marked only where the workflow's quality rule named a good class.
        Optional<DecisionMaps.ProcessWindow> window = Optional.ofNullable(map.window());
        if (window.isPresent()) {
            marks.add(new Charts.Swatch(Color.WHITE, "most robust recipe", Charts.star(8)));
        }
        if (next.isPresent()) {
            marks.add(new Charts.Swatch(Color.WHITE, "next experiment", ShapeUtils.createDiamond(6)));
        }
        for (int k = 0; k < panels.size(); k++) {
            DecisionMaps.Panel pn = panels.get(k);
            double level = pn.level();
            boolean measured = pn.measured();
            XYPlot plot = heatPlot(study, plane, xs, ys, grids.get(k), scale);
            List<double[]> points = new ArrayList<>();
            List<Integer> pointClasses = new ArrayList<>();
            for (int r = 0; r < p.length; r += Charts.dotStride(p.length)) {
                if (Math.abs(p[r] - level) < 1e-9) {
                    points.add(new double[] { x[r], y[r] });
                    pointClasses.add(classes[r]);
                }
            }
            overlay(plot, points, pointClasses.stream().mapToInt(Integer::intValue).toArray(), qualityClasses);
            for (DecisionMaps.PanelWindow w : window.map(DecisionMaps.ProcessWindow::panels).orElse(List.of())) {
                if (Math.abs(w.level() - level) < 1e-9 && w.points() > 0) {
                    plot.addAnnotation(new Mark(name + "-robust-" + Html.id(Html.level(level)), Charts.star(8),
                            w.robustX(), w.robustY()));
                }
            }
            List<NextExperiment> recipes = next.map(NextExperiments::recipes).orElse(List.of());
            for (int i = 0; i < recipes.size(); i++) {
                java.util.Map<String, Double> r = recipes.get(i).recipe();
                if (r.containsKey(plane.panel()) && r.containsKey(plane.x()) && r.containsKey(plane.y())
                        && Math.abs(r.get(plane.panel()) - level) < 1e-9) {
                    plot.addAnnotation(new Mark(name + "-next-" + (i + 1), ShapeUtils.createDiamond(6),
                            r.get(plane.x()), r.get(plane.y())));
                }
            }
            String panelTitle = panel.symbol() + " = " + Html.level(level) + " " + panel.unit()
                    + (measured ? " (measured)" : " (interpolated)");
            charts.add(Charts.chart(panelTitle, plot, false));
            ids.add(name + "-panel-" + Html.id(Html.level(level)));
        }
        int columns = Math.min(4, Math.max(1, charts.size()));
        int rowsOfPanels = Math.max(1, (charts.size() + columns - 1) / columns);
        List<String> held = map.held();
        String caption = what + " over " + study.column(plane.x()).symbol() + " × " + study.column(plane.y()).symbol()
                + ", one panel per " + panel.symbol() + " level (" + panels.size() + " panels; levels with films are marked "
                + "“measured”, the others “interpolated”), on a " + xs.length + " × " + ys.length + " grid"
                + (held.isEmpty() ? "" : "; held at their medians: " + String.join(", ",
                        held.stream().map(h -> study.column(h.split("=")[0]).symbol()).toList()))
                + ". Dots: the films measured at that level, coloured by quality class." + Charts.dotStrideNote(p.length)
                + (window.isPresent() ? " Star: the most robust recipe of the process window at that level (the point of "
                        + "the window of " + Study.labelled(window.get().windowClass(), labels) + " farthest from any other class). "
                        + "The window's class is good by the workflow's rule: " + window.get().criterion() + "." : "")
                + (next.isPresent() ? " Diamonds: next experiments at that level (recipes the classifier is least sure of)."
                        : "");
        return new Figure(name, title, caption, 300 * columns, 290 * rowsOfPanels + 2 * Charts.LEGEND_LINE + 6,
                Charts.grid(charts, ids, columns, List.of(swatches, marks)));
    }

    /** A white marker with a black outline at a data point, the same size at any axis scale. */
    private static final class Mark extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;

        private final String id;
        private final transient Shape shape;
        private final double x;
        private final double y;

        Mark(String id, Shape shape, double x, double y) {
            this.id = id;
            this.shape = shape;
            this.x = x;
            this.y = y;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                int rendererIndex, PlotRenderingInfo info) {
            double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            Shape s = AffineTransform.getTranslateInstance(px, py).createTransformedShape(shape);
            Charts.beginGroup(g2, id);
            g2.setPaint(Color.WHITE);
            g2.fill(s);
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(1.3f));
            g2.draw(s);
            Charts.endGroup(g2);
        }
    }

    private static Color grey(int index, int count) {
        int v = count <= 1 ? 225 : (int) Math.round(235 - 90.0 * index / (count - 1));
        return new Color(v, v, v);
    }
}
