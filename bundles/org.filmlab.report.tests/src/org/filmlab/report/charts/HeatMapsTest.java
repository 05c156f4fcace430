// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The one heat-map builder of the report's and the desktop's maps. */
class HeatMapsTest {

    private static final double[] XS = {0.1, 0.2, 0.3};
    private static final double[] YS = {10, 30};
    /** z[j][i] at (XS[i], YS[j]). */
    private static final double[][] Z = {{1, 2, 3}, {4, 5, 6}};

    @Test
    void blocksAreCentredOnTheGridPointsAndTheAxesEndAtTheOuterEdges() {
        XYBlockRenderer blocks = new XYBlockRenderer();
        Viridis scale = Viridis.continuous(1, 6);
        NumberAxis x = new NumberAxis("L:S");
        NumberAxis y = new NumberAxis("X:B");
        XYPlot plot = HeatMaps.plot("mean", XS, YS, Z, x, y, blocks, scale);
        assertEquals(0.1, blocks.getBlockWidth(), 1e-12);
        assertEquals(20, blocks.getBlockHeight(), 1e-12);
        assertSame(scale, blocks.getPaintScale());
        assertEquals(0.05, x.getLowerBound(), 1e-12);
        assertEquals(0.35, x.getUpperBound(), 1e-12);
        assertEquals(0, y.getLowerBound(), 1e-12);
        assertEquals(40, y.getUpperBound(), 1e-12);
        assertFalse(plot.isDomainGridlinesVisible() || plot.isRangeGridlinesVisible());
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals("mean", data.getSeriesKey(0));
        assertEquals(6, data.getItemCount(0));
        // Row by row: the fifth point is (XS[1], YS[1]).
        assertEquals(0.2, data.getXValue(0, 4), 1e-12);
        assertEquals(30, data.getYValue(0, 4), 1e-12);
        assertEquals(5, data.getZValue(0, 4), 1e-12);
    }

    @Test
    void aSubplotOfACombinedPlotHasNoAxisOfItsOwnAndOneValueMakesABlockOneUnitWide() {
        XYPlot plot = HeatMaps.plot("grid", new double[] {7}, YS, new double[][] {{1}, {2}}, new NumberAxis(), null,
                new XYBlockRenderer(), Viridis.continuous(1, 2));
        assertNull(plot.getRangeAxis());
        assertEquals(6.5, plot.getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(7.5, plot.getDomainAxis().getUpperBound(), 1e-12);
    }

    @Test
    void theExtremesSpanEveryGridSoThatMapsShareOneScale() {
        List<double[][]> grids = List.of(Z, new double[][] {{-2, 0}, {9, 1}});
        assertEquals(-2, HeatMaps.extreme(grids, -1));
        assertEquals(9, HeatMaps.extreme(grids, 1));
    }
}
