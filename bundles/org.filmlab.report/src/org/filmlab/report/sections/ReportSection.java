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

    /**
     * One frame of a {@link #frames} series.
     *
     * @param label what distinguishes it, shown beside the slider ({@code "P% = 5 wt% (measured)"})
     * @param chart what it shows
     */
    record Frame(String label, JFreeChart chart) {
    }

    /**
     * Figures of one thing at successive levels of a condition (a map per P%), each written as SVG
     * only ({@code figures/NAME-1.svg}, {@code -2} ...), not PNG: a series repeats panels that a
     * figure of the section usually shows already, and the HTML shows the vectors themselves, sharp
     * at any zoom. It shows them one at a time under a slider, with a play button that steps through
     * them as an animation (the paper's movies); a reader without scripts sees every frame. The
     * default writes them as separate figures.
     *
     * @param name a file name without extension for the series; frames add {@code -1}, {@code -2} ...
     * @param slider what the slider moves through ({@code "P%"})
     * @param width each frame's width in points
     * @param height each frame's height in points
     */
    default void frames(String name, String title, String caption, String slider, List<Frame> frames, int width,
            int height) {
        for (int i = 0; i < frames.size(); i++) {
            figure(name + "-" + (i + 1), title + " (" + frames.get(i).label() + ")", caption, frames.get(i).chart(),
                    width, height);
        }
    }

    /** A figure the section would draw but cannot from these results, with why; listed at the report's end too. */
    void notDrawn(String name, String why);
}
