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

    /**
     * Upper edges of the bands of class probability that maps are shaded by: below 0.5, 0.5–0.7,
     * 0.7–0.9, from 0.9. Coarse on purpose: a reader compares regions, not third decimals.
     */
    public static final double[] PROBABILITY_BANDS = {0.5, 0.7, 0.9};

    /** How much of a colour each probability band keeps over white; the top band keeps all of it. */
    private static final double[] BAND_STRENGTH = {0.2, 0.45, 0.72, 1.0};

    /** The band of a probability: 0 below 0.5 up to {@code PROBABILITY_BANDS.length} from 0.9. */
    public static int probabilityBand(double probability) {
        int b = 0;
        while (b < PROBABILITY_BANDS.length && probability >= PROBABILITY_BANDS[b]) {
            b++;
        }
        return b;
    }

    /** A colour lighter (toward white) for a lower probability band; the top band is the colour itself. */
    public static Color shade(Color full, int band) {
        double keep = BAND_STRENGTH[Math.max(0, Math.min(band, BAND_STRENGTH.length - 1))];
        return new Color(toward(full.getRed(), keep), toward(full.getGreen(), keep), toward(full.getBlue(), keep));
    }

    /** The tint of class {@code c} shaded by a probability band: {@link #classTint} in the top band. */
    public static Color classShade(int c, int band) {
        return shade(classTint(c), band);
    }

    private static int toward(int channel, double keep) {
        return (int) Math.round(255 - (255 - channel) * keep);
    }

    /** How many distinct class colours there are before they repeat. */
    public static int size() {
        return CLASS_COLOURS.length;
    }

    private static int tint(int channel) {
        return (int) Math.round(channel + (255 - channel) * TINT);
    }
}
