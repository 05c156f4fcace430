// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FigureFilesTest {

    /** What the SVG numbers were before the trimming was done by hand: the same text is the contract. */
    private static String reference(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    @Test
    void svgNumbersAreTheSameTextAsBefore() {
        double[] special = {0, -0.0, 0.001, -0.001, -0.004, -0.005, 0.005, 0.015, 0.125, 1.005, 2.675, 10, -10, 100.1,
            99.995, -99.995, 1e-9, 123456.785, 1e15, -1e15, 1e300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : special) {
            assertEquals(reference(v), FigureFiles.hundredths(v), "for " + v);
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            // Coordinates of a figure (points and pixels), values on a grid of hundredths and thousandths
            // (the ties of the rounding), numbers of every size and any bit pattern.
            double v = switch (i % 5) {
                case 0 -> random.nextDouble(-50, 1500);
                case 1 -> Math.round(random.nextDouble(-2000, 2000)) / 100.0;
                case 2 -> Math.round(random.nextDouble(-20000, 20000)) / 1000.0;
                case 3 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 12));
                default -> Double.longBitsToDouble(random.nextLong());
            };
            assertEquals(reference(v), FigureFiles.hundredths(v), "for " + v);
        }
    }
}
