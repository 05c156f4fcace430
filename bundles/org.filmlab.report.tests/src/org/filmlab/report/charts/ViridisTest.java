// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** A banded scale paints each value in the continuous scale's colour at the centre of its band. */
class ViridisTest {

    @Test
    void aBandPaintsTheColourAtItsCentre() {
        Random random = new Random(3);
        Viridis continuous = Viridis.continuous(0, 1);
        for (int bands : new int[] {2, 5, 10, 12}) {
            Viridis banded = new Viridis(-2, 7, bands);
            for (int i = 0; i < 20_000; i++) {
                double value = -4 + 13 * random.nextDouble();
                double u = Math.max(0, Math.min(1, (value + 2) / 9));
                double centre = Math.min(bands - 1, Math.floor(u * bands)) / (bands - 1);
                assertEquals(continuous.getPaint(centre), banded.getPaint(value), bands + " bands, value " + value);
            }
            for (double odd : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -2, 7}) {
                double u = Math.max(0, Math.min(1, (odd + 2) / 9));
                double centre = Math.min(bands - 1, Math.floor(u * bands)) / (bands - 1);
                assertEquals(continuous.getPaint(centre), banded.getPaint(odd), bands + " bands, value " + odd);
            }
        }
    }
}
