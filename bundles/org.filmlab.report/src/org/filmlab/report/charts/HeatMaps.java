// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.charts;

import java.util.List;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Heat maps of a value over a regular grid of two conditions, the one way the report and the desktop
 * draw them: a block centred on each grid point, the axes ending at the outer blocks' edges, no grid
 * lines. A grid is {@code z[j][i]} at {@code (xs[i], ys[j])}, the values of each axis evenly spaced
 * and ascending. Plain JFreeChart, no SWT: the report draws these into SVG, the desktop into a view.
 */
public final class HeatMaps {

    private HeatMaps() {
    }

    /**
     * A heat-map plot of the grid on these axes, painted by {@code scale} through {@code blocks}.
     *
     * @param series the name of the plot's one data series
     * @param y the vertical axis, or {@code null} for a subplot of a
     *        {@link org.jfree.chart.plot.CombinedRangeXYPlot}, whose shared axis {@link #fit} ranges
     * @param blocks the renderer, sized and given the scale here
     */
    public static XYPlot plot(String series, double[] xs, double[] ys, double[][] z, NumberAxis x, NumberAxis y,
            XYBlockRenderer blocks, PaintScale scale) {
        blocks.setBlockWidth(step(xs));
        blocks.setBlockHeight(step(ys));
        blocks.setPaintScale(scale);
        fit(x, xs);
        if (y != null) {
            fit(y, ys);
        }
        XYPlot plot = new XYPlot(grid(series, xs, ys, z), x, y, blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return plot;
    }

    /** Ranges the axis from the first block's outer edge to the last one's. */
    public static void fit(ValueAxis axis, double[] values) {
        double step = step(values);
        axis.setRange(values[0] - step / 2, values[values.length - 1] + step / 2);
    }

    /** The spacing of the grid values, the width of a block; 1 for a single value. */
    public static double step(double[] values) {
        return values.length > 1 ? (values[values.length - 1] - values[0]) / (values.length - 1) : 1;
    }

    /** The grid as one XYZ series, row by row. */
    public static DefaultXYZDataset grid(String series, double[] xs, double[] ys, double[][] z) {
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
        d.addSeries(series, s);
        return d;
    }

    /**
     * The largest value over all the grids for sign 1, the smallest for sign -1: the ends of one
     * colour scale that several maps share so that they compare.
     */
    public static double extreme(List<double[][]> grids, int sign) {
        double best = Double.NEGATIVE_INFINITY;
        for (double[][] grid : grids) {
            for (double[] row : grid) {
                for (double v : row) {
                    best = Math.max(best, sign * v);
                }
            }
        }
        return sign * best;
    }
}
