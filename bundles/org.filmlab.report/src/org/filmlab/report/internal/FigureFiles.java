// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;


import org.jfree.svg.SVGGraphics2D;

/** Turns a figure into SVG text and PNG bytes, both the same for the same figure. */
public final class FigureFiles {

    /** PNG pixels per SVG point: 2 keeps 8-point text legible when the figure is printed full width. */
    public static final int PNG_SCALE = 2;

    private FigureFiles() {
    }

    public static byte[] svg(Figure f) {
        SVGGraphics2D g2 = new SVGGraphics2D(f.width(), f.height());
        // JFreeSVG's default prefix for clip and gradient ids comes from System.nanoTime(); a fixed
        // one per figure keeps the file identical run after run and the ids unique within the HTML.
        g2.setDefsKeyPrefix(f.name() + "-");
        // Hundredths of a point are far below what print or screen resolves, and halve the file.
        g2.setGeomDoubleConverter(FigureFiles::hundredths);
        g2.setTransformDoubleConverter(FigureFiles::hundredths);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setPaint(Color.WHITE);
        g2.fill(new Rectangle2D.Double(0, 0, f.width(), f.height()));
        f.drawing().draw(g2, new Rectangle2D.Double(0, 0, f.width(), f.height()));
        g2.dispose();
        // The element without getSVGDocument's DOCTYPE: that names a DTD on the web, which strict XML
        // readers would try to fetch, and the report must open offline.
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A coordinate as SVG text: rounded to hundredths as {@code %.2f} rounds, without trailing zeros
     * or a trailing point, and "0" for a negative zero. Called for every number of every figure, where
     * {@code String.format} and two regular expressions a call were most of the report's time in JFR
     * samples. Since Java 19 {@code %f} rounds the shortest decimal that {@link Double#toString}
     * gives, half up, which is what {@link BigDecimal#valueOf(double)} and {@link RoundingMode#HALF_UP}
     * do ({@code FigureFilesTest} holds it to the former text).
     */
    static String hundredths(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal rounded = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    public static byte[] png(Figure f) throws IOException {
        BufferedImage image = new BufferedImage(f.width() * PNG_SCALE, f.height() * PNG_SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(PNG_SCALE, PNG_SCALE);
            f.drawing().draw(g2, new Rectangle2D.Double(0, 0, f.width(), f.height()));
        } finally {
            g2.dispose();
        }
        return Png.encode(image);
    }
}
