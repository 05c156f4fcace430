// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.results;

import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * A chart a result view can export, with the size it is written at.
 *
 * @param name a file-name stem without extension, such as {@code "pca-scores"}
 * @param chart the chart
 * @param width the width in points (SVG user units; the PNG has {@code FilmLabCharts.PNG_SCALE} pixels per point)
 * @param height the height in points
 */
public record ExportableChart(String name, JFreeChart chart, int width, int height) {

    public ExportableChart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chart, "chart");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a chart is exported at a positive size, not " + width + " × " + height);
        }
    }
}
