// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.report.charts.HeatMaps;
import org.filmlab.report.charts.Viridis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
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

    /** A heat map plot with blocks centred on the grid points and the axes ending at the blocks' edges. */
    static XYPlot heatPlot(Study study, Plane plane, double[] xs, double[] ys, double[][] z, PaintScale scale) {
        XYPlot plot = HeatMaps.plot("grid", xs, ys, z, Charts.axis(study.column(plane.x()).axisLabel()),
                Charts.axis(study.column(plane.y()).axisLabel()), new RunBlockRenderer(), scale);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return plot;
    }

    /** Overlays measured points as open black circles, or filled in class colours when classes are given. */
    static void overlay(XYPlot plot, List<double[]> points, int[] pointClasses, List<Integer> classIds) {
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
        PropertyPanels p = new PropertyPanels(study, plane, property);
        List<JFreeChart> panels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String name = "property-map-" + Html.id(property);
        for (int k = 0; k < p.levels.length; k++) {
            panels.add(p.chart(k));
            ids.add(name + "-panel-" + Html.id(Html.level(p.levels[k])));
        }
        int columns = Math.min(2, panels.size());
        int rowsOfPanels = (panels.size() + columns - 1) / columns;
        return new Figure(name, column.symbol() + " over " + study.column(plane.x()).symbol() + " × "
                + study.column(plane.y()).symbol() + " per " + panel.symbol(), p.caption(), 540 * columns,
                440 * rowsOfPanels, Charts.grid(panels, ids, columns, List.of()));
    }

    /**
     * The same maps one level per figure, for the report's slider and its play button: the paper's
     * Movies S1–S3 as frames.
     */
    static List<Figure> propertyFrames(Study study, Plane plane, String property, String name, String title) {
        PropertyPanels p = new PropertyPanels(study, plane, property);
        String caption = p.caption();
        List<Figure> frames = new ArrayList<>();
        for (int k = 0; k < p.levels.length; k++) {
            int level = k;
            frames.add(new Figure(name + "-" + (k + 1), title, caption, 480, 400,
                    (g2, area) -> p.chart(level).draw(g2, area)));
        }
        return frames;
    }

    /** The measured levels of the panel variable, for the frames' labels. */
    static double[] measuredLevels(Study study, Plane plane) {
        return levels(study.values(plane.panel()));
    }

    /** A property's maps per measured level: one colour scale for all, a fresh chart per call. */
    private static final class PropertyPanels {

        private final Study study;
        private final Plane plane;
        private final Study.Column column;
        private final Study.Column panel;
        private final double[] levels;
        private final Surface[] surfaces;
        private final Viridis ramp;
        private final TreeSet<String> methods = new TreeSet<>();

        PropertyPanels(Study study, Plane plane, String property) {
            this.study = study;
            this.plane = plane;
            this.column = study.column(property);
            this.panel = study.column(plane.panel());
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
            ramp = new Viridis(lo, hi, BANDS);
            levels = levels(p);
            surfaces = new Surface[levels.length];
            for (int k = 0; k < levels.length; k++) {
                List<Integer> rows = new ArrayList<>();
                for (int r = 0; r < p.length; r++) {
                    if (p[r] == levels[k]) {
                        rows.add(r);
                    }
                }
                surfaces[k] = Surface.of(pick(x, rows), pick(y, rows), pick(v, rows), STEPS);
                methods.add(surfaces[k].method());
            }
        }

        JFreeChart chart(int k) {
            Surface s = surfaces[k];
            XYPlot plot = heatPlot(study, plane, s.xs(), s.ys(), s.z(), ramp);
            overlay(plot, s.points(), null, List.of());
            JFreeChart chart = Charts.chart(panel.symbol() + " = " + Html.level(levels[k]) + " " + panel.unit(), plot,
                    false);
            legend(chart, ramp, column.axisLabel());
            return chart;
        }

        String caption() {
            return column.header() + " over " + study.column(plane.x()).symbol() + " × "
                    + study.column(plane.y()).symbol() + " for each measured " + panel.symbol() + " (the paper shows"
                    + " these as Movies S1–S3). Films measured at the same point are averaged, then the grid is filled"
                    + " by " + String.join(" or ", methods) + " (" + STEPS + " × " + STEPS + " points; bilinear where"
                    + " the level's points form a full grid). One colour scale for all panels. Open circles: measured"
                    + " points.";
        }
    }

    private static double[] pick(double[] values, List<Integer> rows) {
        return rows.stream().mapToDouble(r -> values[r]).toArray();
    }

    /**
     * Figure 4: the classifier's predicted class over the plane, one panel per level of the panel
     * variable, lighter where the classifier is less sure, with the films measured at that level
     * overlaid in their class colours.
     */
    static Figure decisionMaps(Study study, DecisionMaps map, String name, String title, String what,
            boolean classTints, Optional<NextExperiments> next) {
        DecisionDrawing d = new DecisionDrawing(study, map, name, classTints, next);
        List<JFreeChart> charts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < map.panels().size(); k++) {
            charts.add(d.classPanel(k));
            ids.add(name + "-panel-" + Html.id(Html.level(map.panels().get(k).level())));
        }
        int columns = Math.min(4, Math.max(1, charts.size()));
        int rowsOfPanels = Math.max(1, (charts.size() + columns - 1) / columns);
        List<List<Charts.Swatch>> legend = d.classLegend();
        return new Figure(name, title, d.caption(what), 300 * columns,
                290 * rowsOfPanels + legend.size() * Charts.LEGEND_LINE + 6, Charts.grid(charts, ids, columns, legend));
    }

    /** Whether the maps carry the CV models' agreement (results written before FilmLab computed it do not). */
    static boolean hasAgreement(DecisionMaps map) {
        return !map.panels().isEmpty() && map.panels().get(0).agreement().length > 0;
    }

    /** The share of cross-validation models that agree with the final model, one panel per level. */
    static Figure agreementMaps(Study study, DecisionMaps map, String name, String title) {
        DecisionDrawing d = new DecisionDrawing(study, map, name, true, Optional.empty());
        List<JFreeChart> charts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < map.panels().size(); k++) {
            charts.add(d.agreementPanel(k));
            ids.add(name + "-panel-" + Html.id(Html.level(map.panels().get(k).level())));
        }
        int columns = Math.min(4, Math.max(1, charts.size()));
        int rowsOfPanels = Math.max(1, (charts.size() + columns - 1) / columns);
        return new Figure(name, title, DecisionDrawing.AGREEMENT_CAPTION, 300 * columns,
                290 * rowsOfPanels + Charts.LEGEND_LINE + 6, Charts.grid(charts, ids, columns,
                        List.of(d.agreementLegend())));
    }

    /**
     * One figure per level: the predicted class shaded by its probability beside the CV models'
     * agreement, for the report's slider.
     */
    static List<Figure> decisionFrames(Study study, DecisionMaps map, String name, String title, String what,
            boolean classTints, Optional<NextExperiments> next) {
        DecisionDrawing d = new DecisionDrawing(study, map, name, classTints, next);
        boolean agreement = hasAgreement(map);
        List<Figure> frames = new ArrayList<>();
        for (int k = 0; k < map.panels().size(); k++) {
            int panel = k;
            String id = name + "-" + (k + 1);
            List<List<Charts.Swatch>> legend = new ArrayList<>(d.classLegend());
            if (agreement) {
                legend.add(d.agreementLegend());
            }
            frames.add(new Figure(id, title, d.caption(what), agreement ? 620 : 330,
                    320 + legend.size() * Charts.LEGEND_LINE + 6, (g2, area) -> {
                        List<JFreeChart> charts = new ArrayList<>();
                        List<String> ids = new ArrayList<>();
                        charts.add(d.classPanel(panel));
                        ids.add(id + "-class");
                        if (agreement) {
                            charts.add(d.agreementPanel(panel));
                            ids.add(id + "-agreement");
                        }
                        Charts.grid(charts, ids, charts.size(), legend).draw(g2, area);
                    }));
        }
        return frames;
    }

    /** A white marker with a black outline at a data point, the same size at any axis scale. */
    static final class Mark extends AbstractXYAnnotation {

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

    /** A dotted outline of a region of the plane (the measured region the robust recipe is chosen in). */
    static final class Outline extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;

        private final double[][] vertices;

        Outline(double[][] vertices) {
            this.vertices = vertices;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                int rendererIndex, PlotRenderingInfo info) {
            java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
            for (int v = 0; v < vertices.length; v++) {
                double px = domainAxis.valueToJava2D(vertices[v][0], dataArea, plot.getDomainAxisEdge());
                double py = rangeAxis.valueToJava2D(vertices[v][1], dataArea, plot.getRangeAxisEdge());
                if (v == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            path.closePath();
            g2.setPaint(new Color(0x33, 0x33, 0x33));
            g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
            g2.draw(path);
        }
    }

    static Color grey(int index, int count) {
        int v = count <= 1 ? 225 : (int) Math.round(235 - 90.0 * index / (count - 1));
        return new Color(v, v, v);
    }
}
