// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Draws a row-major grid of blocks as one rectangle per run of equal colour along a row. A 41 × 41
 * class map is then a few hundred SVG rectangles instead of 1681, which keeps small multiples light.
 * Items must come row by row (equal y, ascending x), as {@code MapFigures} builds them.
 */
final class RunBlockRenderer extends XYBlockRenderer {

    private static final long serialVersionUID = 1L;
    /** How far, in points, a run's fill reaches beyond its edges. */
    static final double OVERLAP = 0.3;

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        XYZDataset xyz = (XYZDataset) dataset;
        double y = xyz.getYValue(series, item);
        Paint paint = paint(xyz, series, item);
        if (item > 0 && xyz.getYValue(series, item - 1) == y && paint.equals(paint(xyz, series, item - 1))) {
            return;
        }
        int end = item;
        int count = xyz.getItemCount(series);
        while (end + 1 < count && xyz.getYValue(series, end + 1) == y && paint.equals(paint(xyz, series, end + 1))) {
            end++;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double x0 = domainAxis.valueToJava2D(xyz.getXValue(series, item) - getBlockWidth() / 2, dataArea, xEdge);
        double x1 = domainAxis.valueToJava2D(xyz.getXValue(series, end) + getBlockWidth() / 2, dataArea, xEdge);
        double y0 = rangeAxis.valueToJava2D(y - getBlockHeight() / 2, dataArea, yEdge);
        double y1 = rangeAxis.valueToJava2D(y + getBlockHeight() / 2, dataArea, yEdge);
        // Each run is filled OVERLAP beyond its edges, and the runs after it paint over that: this
        // closes the hairline gaps anti-aliasing leaves between rows. An outline 2 × OVERLAP wide in
        // the fill colour covers the same area, but as a second shape of every run it made the SVG
        // twice as long and the PNG slower to draw.
        Rectangle2D block = new Rectangle2D.Double(Math.min(x0, x1) - OVERLAP, Math.min(y0, y1) - OVERLAP,
                Math.abs(x1 - x0) + 2 * OVERLAP, Math.abs(y1 - y0) + 2 * OVERLAP);
        g2.setPaint(paint);
        g2.fill(block);
    }

    private Paint paint(XYZDataset d, int series, int item) {
        return getPaintScale().getPaint(d.getZValue(series, item));
    }
}
