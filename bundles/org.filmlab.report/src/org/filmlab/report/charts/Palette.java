// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.charts;

import java.awt.Color;

/**
 * The colours of the quality classes, one per class in every figure of the report and every chart of
 * the desktop: Okabe and Ito's colour-blind-safe palette, class 1 (the paper's best films) in bluish
 * green. A class number beyond the palette wraps around.
 *
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class Palette {

    private static final Color[] CLASS_COLOURS = {
        new Color(0x00, 0x9E, 0x73), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x72, 0xB2),
        new Color(0xCC, 0x79, 0xA7), new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0xF0, 0xE4, 0x42), new Color(0x00, 0x00, 0x00) };

    /** How far a tint moves a class colour toward white: light enough for full-colour points on top. */
    private static final double TINT = 0.6;

    private Palette() {
    }

    /** The colour of quality class {@code c} (1-based). */
    public static Color classColour(int c) {
        return CLASS_COLOURS[Math.floorMod(c - 1, CLASS_COLOURS.length)];
    }

    /** The class colour blended toward white, for map regions under full-colour points. */
    public static Color classTint(int c) {
        Color k = classColour(c);
        return new Color(tint(k.getRed()), tint(k.getGreen()), tint(k.getBlue()));
    }

    /** How many distinct class colours there are before they repeat. */
    public static int size() {
        return CLASS_COLOURS.length;
    }

    private static int tint(int channel) {
        return (int) Math.round(channel + (255 - channel) * TINT);
    }
}
