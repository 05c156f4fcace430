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
        return of(maps, key, panels, false, 0);
    }

    /**
     * The same layout for the predicted mean or for the prediction sd of a single film,
     * √(se² + s²), s the residual sd: how far one film made at that recipe may land from the map.
     */
    static JFreeChart of(PropertyMaps maps, String key, List<PropertyMaps.Panel> panels, boolean predictionSd,
            double residualSd) {
        List<double[][]> grids = panels.stream().map(p -> predictionSd ? Grids.predictionSd(p, residualSd) : p.mean())
                .toList();
        Viridis scale = Viridis.continuous(Grids.extreme(grids, -1), Grids.extreme(grids, 1));
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis(maps.y()));
        double sx = step(maps.xs());
        double sy = step(maps.ys());
        combined.getRangeAxis().setRange(maps.ys()[0] - sy / 2, maps.ys()[maps.ys().length - 1] + sy / 2);
        for (int k = 0; k < panels.size(); k++) {
            PropertyMaps.Panel panel = panels.get(k);
            XYBlockRenderer blocks = new XYBlockRenderer();
            blocks.setBlockWidth(sx);
            blocks.setBlockHeight(sy);
            blocks.setPaintScale(scale);
            NumberAxis x = new NumberAxis(maps.panel().isEmpty() ? maps.x()
                    : maps.x() + " (" + maps.panel() + " = " + String.format(Locale.ROOT, "%.4g", panel.level()) + ")");
            x.setRange(maps.xs()[0] - sx / 2, maps.xs()[maps.xs().length - 1] + sx / 2);
            XYPlot plot = new XYPlot(dataset(maps.xs(), maps.ys(), grids.get(k)), x, null, blocks);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            combined.add(plot);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis(predictionSd ? key + ", prediction sd" : key);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(10);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * One panel level of a property as a frame of the report's movie: the predicted mean beside the
     * prediction sd, each on the scale of all levels so that frames compare as they play.
     */
    static JFreeChart frame(PropertyMaps maps, PropertyMaps.Property p, PropertyMaps.Panel panel) {
        List<double[][]> sds = p.panels().stream().map(q -> Grids.predictionSd(q, p.residualSd())).toList();
        Viridis meanScale = Viridis.continuous(Grids.extreme(p.panels(), false, -1), Grids.extreme(p.panels(), false, 1));
        Viridis sdScale = Viridis.continuous(Grids.extreme(sds, -1), Grids.extreme(sds, 1));
        double sx = step(maps.xs());
        double sy = step(maps.ys());
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis(maps.y()));
        combined.getRangeAxis().setRange(maps.ys()[0] - sy / 2, maps.ys()[maps.ys().length - 1] + sy / 2);
        double[][][] grids = {panel.mean(), Grids.predictionSd(panel, p.residualSd())};
        Viridis[] scales = {meanScale, sdScale};
        String[] what = {"mean", "prediction sd"};
        for (int g = 0; g < 2; g++) {
            XYBlockRenderer blocks = new XYBlockRenderer();
            blocks.setBlockWidth(sx);
            blocks.setBlockHeight(sy);
            blocks.setPaintScale(scales[g]);
            NumberAxis x = new NumberAxis(maps.x() + " (" + what[g] + ")");
            x.setRange(maps.xs()[0] - sx / 2, maps.xs()[maps.xs().length - 1] + sx / 2);
            XYPlot plot = new XYPlot(dataset(maps.xs(), maps.ys(), grids[g]), x, null, blocks);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            combined.add(plot);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        // Bottom legends stack upwards from the edge: the sd's first puts the mean's on top, nearer its map.
        for (int g = 1; g >= 0; g--) {
            NumberAxis legendAxis = new NumberAxis(p.key() + ", " + what[g]);
            legendAxis.setRange(scales[g].getLowerBound(), scales[g].getUpperBound());
            PaintScaleLegend legend = new PaintScaleLegend(scales[g], legendAxis);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setStripWidth(8);
            chart.addSubtitle(legend);
        }
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
