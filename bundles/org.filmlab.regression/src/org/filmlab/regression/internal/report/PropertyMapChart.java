// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal.report;

import java.awt.Color;
import java.util.List;

import org.filmlab.regression.PropertyMaps;
import org.filmlab.report.charts.HeatMaps;
import org.filmlab.report.charts.Viridis;
import org.filmlab.report.sections.DataLabels;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;

/**
 * One property's predicted mean as heat maps side by side, one per panel, sharing the y axis and one
 * colour scale so that panels compare at a glance (the paper's Fig. 3 layout).
 */
final class PropertyMapChart {

    private PropertyMapChart() {
    }

    static JFreeChart of(PropertyMaps maps, DataLabels labels, String key, List<PropertyMaps.Panel> panels) {
        return of(maps, labels, key, panels, false, 0);
    }

    /**
     * The same layout for the predicted mean or for the prediction sd of a single film,
     * √(se² + s²), s the residual sd: how far one film made at that recipe may land from the map.
     */
    static JFreeChart of(PropertyMaps maps, DataLabels labels, String key, List<PropertyMaps.Panel> panels,
            boolean predictionSd, double residualSd) {
        List<double[][]> grids = panels.stream().map(p -> predictionSd ? Grids.predictionSd(p, residualSd) : p.mean())
                .toList();
        Viridis scale = Viridis.continuous(HeatMaps.extreme(grids, -1), HeatMaps.extreme(grids, 1));
        CombinedRangeXYPlot combined = plot(maps, labels);
        for (int k = 0; k < panels.size(); k++) {
            PropertyMaps.Panel panel = panels.get(k);
            NumberAxis x = new NumberAxis(maps.panel().isEmpty() ? labels.axis(maps.x())
                    : labels.axis(maps.x()) + ", " + labels.level(maps.panel(), panel.level()));
            combined.add(HeatMaps.plot("mean", maps.xs(), maps.ys(), grids.get(k), x, null, new XYBlockRenderer(),
                    scale));
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis(predictionSd ? labels.axis(key) + ", prediction sd" : labels.axis(key));
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
    static JFreeChart frame(PropertyMaps maps, DataLabels labels, PropertyMaps.Property p, PropertyMaps.Panel panel) {
        List<double[][]> sds = p.panels().stream().map(q -> Grids.predictionSd(q, p.residualSd())).toList();
        Viridis meanScale = Viridis.continuous(Grids.extreme(p.panels(), false, -1), Grids.extreme(p.panels(), false, 1));
        Viridis sdScale = Viridis.continuous(HeatMaps.extreme(sds, -1), HeatMaps.extreme(sds, 1));
        CombinedRangeXYPlot combined = plot(maps, labels);
        double[][][] grids = {panel.mean(), Grids.predictionSd(panel, p.residualSd())};
        Viridis[] scales = {meanScale, sdScale};
        String[] what = {"mean", "prediction sd"};
        for (int g = 0; g < 2; g++) {
            NumberAxis x = new NumberAxis(labels.axis(maps.x()) + ", " + what[g]);
            combined.add(HeatMaps.plot("mean", maps.xs(), maps.ys(), grids[g], x, null, new XYBlockRenderer(),
                    scales[g]));
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        // Bottom legends stack upwards from the edge: the sd's first puts the mean's on top, nearer its map.
        for (int g = 1; g >= 0; g--) {
            NumberAxis legendAxis = new NumberAxis(labels.axis(p.key()) + ", " + what[g]);
            legendAxis.setRange(scales[g].getLowerBound(), scales[g].getUpperBound());
            PaintScaleLegend legend = new PaintScaleLegend(scales[g], legendAxis);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setStripWidth(8);
            chart.addSubtitle(legend);
        }
        return chart;
    }

    /**
     * Panels side by side on the y axis they share, far enough apart that the last tick label of one
     * panel's x axis does not run into the first of the next (JFreeChart's gap of 5 points let "1.4"
     * and "0.6" meet).
     */
    private static CombinedRangeXYPlot plot(PropertyMaps maps, DataLabels labels) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis(labels.axis(maps.y())));
        HeatMaps.fit(combined.getRangeAxis(), maps.ys());
        combined.setGap(14);
        return combined;
    }
}
