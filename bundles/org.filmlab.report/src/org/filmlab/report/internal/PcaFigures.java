// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.core.analysis.Reduction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Figure 2a (correlation circle) and 2b (scores by class) of the paper, for any reduction. */
public final class PcaFigures {

    private PcaFigures() {
    }

    private static String componentTitle(Reduction pca, int c) {
        String name = pca.components().get(c);
        double share = pca.explainedVariance()[c];
        return String.format(Locale.ROOT, "%s (%.1f %%)", name, 100 * share);
    }

    static Figure correlationCircle(Study study, Reduction pca, String reducer) {
        List<String> variables = pca.variables();
        JFreeChart chart = correlationCircleChart(study, pca);
        return new Figure("fig2a-correlation-circle", "Figure 2a. Loadings on the first two components",
                "Each variable reduced by " + reducer + " as an arrow from the origin to its loadings on the first two "
                        + "components (for a PCA of standardized variables, their correlations with the component "
                        + "scores); the circle has radius 1. Variables: "
                        + String.join(", ", variables.stream().map(v -> study.column(v).symbol()).toList()) + ".",
                600, 600, (g2, area) -> chart.draw(g2, area));
    }

    /** Figure 2a as a chart, without title (the report's caption names it). */
    public static JFreeChart correlationCircleChart(Study study, Reduction pca) {
        List<String> variables = pca.variables();
        NumberAxis x = Charts.axis(componentTitle(pca, 0));
        NumberAxis y = Charts.axis(componentTitle(pca, 1));
        x.setRange(-1.15, 1.15);
        y.setRange(-1.15, 1.15);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer(false, false));
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(-1, -1, 2, 2), new BasicStroke(1f),
                Color.GRAY));
        for (int i = 0; i < variables.size(); i++) {
            String v = variables.get(i);
            plot.addAnnotation(new Arrow("fig2a-arrow-" + Html.id(v), study.column(v).symbol(),
                    pca.loadings()[i][0], pca.loadings()[i][1]));
        }
        return Charts.chart(null, plot, false);
    }

    /** An arrow from the origin to a loading, with its label, drawn inside its own SVG group. */
    private static final class Arrow extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;

        private final String id;
        private final String label;
        private final double lx;
        private final double ly;

        Arrow(String id, String label, double lx, double ly) {
            this.id = id;
            this.label = label;
            this.lx = lx;
            this.ly = ly;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            double x0 = domainAxis.valueToJava2D(0, dataArea, xEdge);
            double y0 = rangeAxis.valueToJava2D(0, dataArea, yEdge);
            double x1 = domainAxis.valueToJava2D(lx, dataArea, xEdge);
            double y1 = rangeAxis.valueToJava2D(ly, dataArea, yEdge);
            Charts.beginGroup(g2, id);
            g2.setPaint(new Color(0x33, 0x33, 0x99));
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(x0, y0, x1, y1));
            double angle = Math.atan2(y1 - y0, x1 - x0);
            double head = 9;
            Path2D tip = new Path2D.Double();
            tip.moveTo(x1, y1);
            tip.lineTo(x1 - head * Math.cos(angle - 0.4), y1 - head * Math.sin(angle - 0.4));
            tip.lineTo(x1 - head * Math.cos(angle + 0.4), y1 - head * Math.sin(angle + 0.4));
            tip.closePath();
            g2.fill(tip);
            g2.setFont(Charts.LABEL);
            g2.setPaint(Color.BLACK);
            double w = g2.getFontMetrics().stringWidth(label);
            double tx = x1 + 8 * Math.cos(angle) + (Math.cos(angle) < 0 ? -w : 0);
            double ty = y1 + 8 * Math.sin(angle) + (Math.sin(angle) > 0 ? 10 : 0);
            g2.drawString(label, (float) tx, (float) ty);
            Charts.endGroup(g2);
        }
    }

    static Figure scores(Study study, Reduction pca, String reducer) {
        JFreeChart chart = scoresChart(study, pca);
        return new Figure("fig2b-scores", "Figure 2b. Scores by quality class",
                "Scores of every film on the first two components of " + reducer + ", coloured by quality class"
                        + "; diamonds mark each class's centroid (the mean of its scores)."
                        + Charts.dotStrideNote(study.classAssignment().length),
                640, 600, (g2, area) -> chart.draw(g2, area));
    }

    /** Figure 2b as a chart: one series per class (named by its label), then one centroid series per class. */
    public static JFreeChart scoresChart(Study study, Reduction pca) {
        double[][] scores = pca.scores();
        int[] classes = study.classAssignment();
        if (scores.length != classes.length) {
            throw new Node.Malformed("reduction.scores", "has " + scores.length + " rows for " + classes.length + " classes");
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<Integer> ids = study.classIds();
        List<double[]> centroids = new ArrayList<>();
        for (int c : ids) {
            XYSeries s = new XYSeries(study.classLabel(c), false, true);
            double sx = 0;
            double sy = 0;
            int n = 0;
            int stride = Charts.dotStride(classes.length);
            for (int r = 0; r < classes.length; r++) {
                if (classes[r] == c) {
                    double px = scores[r][0];
                    double py = scores[r][1];
                    if (r % stride == 0) {
                        s.add(px, py);
                    }
                    sx += px;
                    sy += py;
                    n++;
                }
            }
            renderer.setSeriesPaint(data.getSeriesCount(), Study.classColour(c));
            renderer.setSeriesShape(data.getSeriesCount(), Charts.dot(7));
            data.addSeries(s);
            centroids.add(n == 0 ? null : new double[] { c, sx / n, sy / n });
        }
        for (double[] cent : centroids) {
            if (cent == null) {
                continue;
            }
            int c = (int) cent[0];
            XYSeries s = new XYSeries("centroid of class " + c, false, true);
            s.add(cent[1], cent[2]);
            int index = data.getSeriesCount();
            renderer.setSeriesPaint(index, Study.classColour(c));
            renderer.setSeriesShape(index, ShapeUtils.createDiamond(9));
            renderer.setSeriesOutlinePaint(index, Color.BLACK);
            data.addSeries(s);
        }
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        for (int i = 0; i < ids.size(); i++) {
            renderer.setSeriesOutlinePaint(i, Study.classColour(ids.get(i)).darker());
        }
        XYPlot plot = new XYPlot(data, Charts.axis(componentTitle(pca, 0)), Charts.axis(componentTitle(pca, 1)),
                renderer);
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        return Charts.chart(null, plot, true);
    }
}
