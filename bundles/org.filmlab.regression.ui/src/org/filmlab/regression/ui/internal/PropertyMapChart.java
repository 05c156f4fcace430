// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.ui.internal;

import java.awt.Color;
import java.awt.Font;

import org.filmlab.core.data.Dataset;
import org.filmlab.regression.PropertyMaps;
import org.filmlab.report.charts.Viridis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * One panel of one property's maps as a heat map over the two conditions: the predicted mean, or the
 * standard error of that mean. The colour scale spans every panel of the property, so walking
 * through the panel levels compares them on one scale.
 */
final class PropertyMapChart {

    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 13);

    private PropertyMapChart() {
    }

    /**
     * @param data the data set the maps were fitted on, for the conditions' and properties' symbols and units
     * @param maps the run's property maps
     * @param property the property shown
     * @param panelIndex the panel shown, an index into the property's panels
     * @param standardError the standard error of the mean rather than the mean
     */
    static JFreeChart of(Dataset data, PropertyMaps maps, PropertyMaps.Property property, int panelIndex,
            boolean standardError) {
        PropertyMaps.Panel panel = property.panels().get(panelIndex);
        double[] xs = maps.xs();
        double[] ys = maps.ys();
        double sx = step(xs);
        double sy = step(ys);
        Viridis scale = Viridis.continuous(extreme(property, standardError, -1), extreme(property, standardError, 1));
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(sx);
        blocks.setBlockHeight(sy);
        blocks.setPaintScale(scale);
        NumberAxis x = new NumberAxis(Labels.of(data, maps.x()));
        x.setRange(xs[0] - sx / 2, xs[xs.length - 1] + sx / 2);
        NumberAxis y = new NumberAxis(Labels.of(data, maps.y()));
        y.setRange(ys[0] - sy / 2, ys[ys.length - 1] + sy / 2);
        String name = Labels.of(data, property.key());
        String quantity = standardError ? "standard error of " + name : "predicted " + name;
        XYPlot plot = new XYPlot(dataset(quantity, xs, ys, standardError ? panel.sd() : panel.mean()), x, y, blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        String at = maps.panel().isEmpty() ? "" : " at " + Labels.level(data, maps.panel(), panel.level());
        String title = quantity + at + (panel.measured() ? "" : " (interpolated)");
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis(quantity);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    private static DefaultXYZDataset dataset(String name, double[] xs, double[] ys, double[][] z) {
        double[][] s = new double[3][xs.length * ys.length];
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
        d.addSeries(name, s);
        return d;
    }

    /** The largest (sign 1) or smallest (sign -1) mean or standard error over all the property's panels. */
    private static double extreme(PropertyMaps.Property property, boolean standardError, int sign) {
        double best = Double.NEGATIVE_INFINITY;
        for (PropertyMaps.Panel panel : property.panels()) {
            for (double[] row : standardError ? panel.sd() : panel.mean()) {
                for (double v : row) {
                    best = Math.max(best, sign * v);
                }
            }
        }
        return sign * best;
    }

    private static double step(double[] v) {
        return v.length > 1 ? (v[v.length - 1] - v[0]) / (v.length - 1) : 1;
    }
}
