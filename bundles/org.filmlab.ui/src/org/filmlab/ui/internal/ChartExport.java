// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.report.charts.FilmLabCharts;
import org.filmlab.ui.results.ExportableChart;

/** Writes a view's charts as PNG or SVG files, by the report's writers, so they match the report's figures. */
final class ChartExport {

    private ChartExport() {
    }

    /**
     * Writes {@code charts} to {@code target} (its extension, .png or .svg, picks the format): one chart to
     * that file, several to {@code stem-NAME.ext} beside it.
     *
     * @return the files written, in chart order
     */
    static List<Path> write(List<ExportableChart> charts, Path target) throws IOException {
        String file = target.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ext.equals("png") && !ext.equals("svg")) {
            throw new IllegalArgumentException("export to a .png or .svg file, not " + file);
        }
        String stem = file.substring(0, dot);
        List<Path> written = new ArrayList<>();
        for (ExportableChart c : charts) {
            Path out = charts.size() == 1 ? target : target.resolveSibling(stem + "-" + c.name() + "." + ext);
            byte[] bytes = ext.equals("svg") ? FilmLabCharts.svg(c.chart(), c.name(), c.width(), c.height())
                    : FilmLabCharts.png(c.chart(), c.width(), c.height());
            Files.write(out, bytes);
            written.add(out);
        }
        return written;
    }
}
