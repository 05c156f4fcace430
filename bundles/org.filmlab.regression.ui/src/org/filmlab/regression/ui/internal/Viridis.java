// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.ui.internal;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis between two bounds, interpolated between five anchors: ordered, readable in grey and by
 * colour-blind readers, and the scale the report's property maps use, so the view and the report
 * read alike.
 */
record Viridis(double lower, double upper) implements PaintScale {

    private static final Color[] ANCHORS = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B),
        new Color(0x21, 0x90, 0x8C), new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)};

    Viridis {
        // A flat map (a constant standard error, say) still needs a scale of some width.
        upper = upper > lower ? upper : lower + Math.max(1e-12, Math.abs(lower) * 1e-6);
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
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (ANCHORS.length - 1);
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
