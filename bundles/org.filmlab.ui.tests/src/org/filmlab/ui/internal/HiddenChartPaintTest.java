// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * A chart in a hidden tab refreshed (as the PCA view is after every run) must not paint over the
 * tab shown in its place: the pixels of the visible one are sampled after the hidden chart's
 * {@code forceRedraw()}.
 */
class HiddenChartPaintTest {

    @Test
    void aHiddenChartLeavesTheVisibleViewAlone() {
        Display display = Display.getCurrent();
        Shell shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
        try {
            shell.setBounds(40, 40, 400, 300);
            // Two views stacked in one place, as tabs of a folder: the chart's is hidden.
            Composite hidden = new Composite(shell, SWT.NONE);
            hidden.setLayout(new FillLayout());
            Composite visible = new Composite(shell, SWT.NONE);
            visible.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            hidden.setBounds(0, 0, 400, 300);
            visible.setBounds(0, 0, 400, 300);
            JFreeChart chart = ChartFactory.createScatterPlot("hidden", "x", "y", new XYSeriesCollection());
            chart.setBackgroundPaint(Color.RED);
            ChartComposite charts = new ChartComposite(hidden, SWT.NONE, chart, true);
            hidden.layout();
            hidden.setVisible(false);
            shell.open();
            AnalysisUi.dispatchFor(300);
            assertFalse(charts.isVisible());
            assertEquals(0, redPixels(shell), "nothing red before");

            charts.forceRedraw();

            assertEquals(0, redPixels(shell), "the hidden chart painted over the visible view");
            hidden.setVisible(true);
            visible.setVisible(false);
            AnalysisUi.dispatchFor(300);
            assertTrue(redPixels(shell) > 10_000, "shown, the chart paints as before");
        } finally {
            shell.dispose();
        }
    }

    private static int redPixels(Shell shell) {
        Image image = new Image(shell.getDisplay(), 400, 300);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        int red = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red > 200 && rgb.green < 60 && rgb.blue < 60) {
                    red++;
                }
            }
        }
        return red;
    }
}
