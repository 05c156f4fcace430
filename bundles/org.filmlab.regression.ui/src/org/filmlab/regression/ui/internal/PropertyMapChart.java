// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.ui.internal;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.filmlab.core.data.Dataset;
import org.filmlab.regression.PropertyMaps;
import org.filmlab.report.charts.HeatMaps;
import org.filmlab.report.charts.Viridis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;

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
        List<double[][]> grids = property.panels().stream().map(p -> standardError ? p.sd() : p.mean()).toList();
        Viridis scale = Viridis.continuous(HeatMaps.extreme(grids, -1), HeatMaps.extreme(grids, 1));
        String name = Labels.of(data, property.key());
        String quantity = standardError ? "standard error of " + name : "predicted " + name;
        XYPlot plot = HeatMaps.plot(quantity, maps.xs(), maps.ys(), grids.get(panelIndex),
                new NumberAxis(Labels.of(data, maps.x())), new NumberAxis(Labels.of(data, maps.y())),
                new XYBlockRenderer(), scale);
        String at = maps.panel().isEmpty() ? "" : " at " + Labels.level(data, maps.panel(), panel.level());
        String title = quantity + at + (panel.measured() ? "" : " (" + maps.support(panel).word() + ")");
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
}
