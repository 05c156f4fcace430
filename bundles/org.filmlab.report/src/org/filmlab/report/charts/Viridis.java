// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jfree.chart.renderer.PaintScale;

/**
 * FilmLab's colour scale for maps: viridis (dark purple through teal to yellow), interpolated between
 * five anchors: ordered, readable in grey and by colour-blind readers. The report's maps and the
 * desktop's views use this one scale so that they read alike.
 *
 * @param lower the value painted darkest
 * @param upper the value painted brightest; a flat map (upper ≤ lower) gets a scale one unit wide
 * @param bands 0 for a continuous scale, else that many colour steps (they read as filled contours,
 *        and runs of one colour keep an SVG small)
 */
public record Viridis(double lower, double upper, int bands) implements PaintScale {

    /** Per number of bands, the bands' colours (bandColours). */
    private static final Map<Integer, Color[]> BANDED = new ConcurrentHashMap<>();
    private static final Color[] ANCHORS = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B),
        new Color(0x21, 0x90, 0x8C), new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)};

    public Viridis {
        upper = upper > lower ? upper : lower + 1;
        if (bands == 1 || bands < 0) {
            throw new IllegalArgumentException("bands is 0 (continuous) or at least 2, not " + bands);
        }
    }

    /** A continuous scale. */
    public static Viridis continuous(double lower, double upper) {
        return new Viridis(lower, upper, 0);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double u = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        if (bands > 0 && !Double.isNaN(u)) {
            // A map paints every cell: its few colours are made once per number of bands.
            int band = (int) Math.min(bands - 1, Math.floor(u * bands));
            return BANDED.computeIfAbsent(bands, Viridis::bandColours)[band];
        }
        return colour(u);
    }

    /**
     * The colour of each band, at its centre: the lowest and highest bands take the scale's end
     * colours.
     */
    private static Color[] bandColours(int bands) {
        Color[] colours = new Color[bands];
        for (int k = 0; k < bands; k++) {
            colours[k] = colour(k / (double) (bands - 1));
        }
        return colours;
    }

    /** The colour at {@code u} in [0, 1] along the anchors. */
    private static Color colour(double u) {
        double t = u * (ANCHORS.length - 1);
        int i = Math.min((int) t, ANCHORS.length - 2);
        double f = t - i;
        Color a = ANCHORS[i];
        Color b = ANCHORS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
