// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.sections;

import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * What a {@link SectionRenderer} writes into the report. All text is plain text (the report escapes
 * it); numbers are formatted by the renderer.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface ReportSection {

    /** The section's title (one per section); it should name what ran, e.g. "Reduction: PLS (org.example.pls)". */
    void title(String text);

    /** A sub-heading inside the section. */
    void heading(String text);

    void paragraph(String text);

    /** A table; cells that read as numbers are right-aligned. Every row has the header's length. */
    void table(List<String> header, List<List<String>> rows);

    /**
     * A figure, written as {@code figures/NAME.svg} and {@code .png} and shown in the HTML.
     *
     * @param name a file name without extension, letters, digits and dashes; a name already used in the
     *        report gets a suffix
     * @param width the width in points (the PNG has twice as many pixels)
     * @param height the height in points
     */
    void figure(String name, String title, String caption, JFreeChart chart, int width, int height);

    /** A figure the section would draw but cannot from these results, with why; listed at the report's end too. */
    void notDrawn(String name, String why);
}
