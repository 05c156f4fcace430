// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A figure of the report: a file name without extension, the title and caption the HTML shows, a
 * size in points (SVG user units; the PNG is drawn at twice that) and what to draw.
 */
public record Figure(String name, String title, String caption, int width, int height, Drawing drawing) {

    /** Draws a figure into an area; called once for the SVG and once for the PNG. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Graphics2D g2, Rectangle2D area);
    }
}
