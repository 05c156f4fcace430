// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.filmlab.regression.PropertyMaps;
import org.filmlab.report.charts.Viridis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * One property's predicted mean as heat maps side by side, one per panel, sharing the y axis and one
 * colour scale so that panels compare at a glance (the paper's Fig. 3 layout).
 */
final class PropertyMapChart {

    private PropertyMapChart() {
    }

    static JFreeChart of(PropertyMaps maps, String key, List<PropertyMaps.Panel> panels) {
        Viridis scale = Viridis.continuous(Grids.extreme(panels, false, -1), Grids.extreme(panels, false, 1));
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis(maps.y()));
        double sx = step(maps.xs());
        double sy = step(maps.ys());
        combined.getRangeAxis().setRange(maps.ys()[0] - sy / 2, maps.ys()[maps.ys().length - 1] + sy / 2);
        for (PropertyMaps.Panel panel : panels) {
            XYBlockRenderer blocks = new XYBlockRenderer();
            blocks.setBlockWidth(sx);
            blocks.setBlockHeight(sy);
            blocks.setPaintScale(scale);
            NumberAxis x = new NumberAxis(maps.panel().isEmpty() ? maps.x()
                    : maps.x() + " (" + maps.panel() + " = " + String.format(Locale.ROOT, "%.4g", panel.level()) + ")");
            x.setRange(maps.xs()[0] - sx / 2, maps.xs()[maps.xs().length - 1] + sx / 2);
            XYPlot plot = new XYPlot(dataset(maps.xs(), maps.ys(), panel.mean()), x, null, blocks);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            combined.add(plot);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis(key);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(10);
        chart.addSubtitle(legend);
        return chart;
    }

    private static DefaultXYZDataset dataset(double[] xs, double[] ys, double[][] z) {
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
        d.addSeries("mean", s);
        return d;
    }

    private static double step(double[] v) {
        return v.length > 1 ? (v[v.length - 1] - v[0]) / (v.length - 1) : 1;
    }
}
