// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SurfaceTest {

    /** f(x, y) = 2 + 3x − 0.05y + 0.4xy is bilinear, so bilinear interpolation must reproduce it exactly. */
    private static double bilinear(double x, double y) {
        return 2 + 3 * x - 0.05 * y + 0.4 * x * y;
    }

    @Test
    void fullDesignIsInterpolatedBilinearlyAndExactlyForABilinearField() {
        double[] ls = { 0.6, 0.8, 1.0, 1.2, 1.4 };
        double[] xb = { 0, 25, 50, 75, 100 };
        List<double[]> rows = new ArrayList<>();
        for (double x : ls) {
            for (double y : xb) {
                // Two replicates at ±0.5 around the field: their mean is the field value.
                rows.add(new double[] { x, y, bilinear(x, y) + 0.5 });
                rows.add(new double[] { x, y, bilinear(x, y) - 0.5 });
            }
        }
        Surface s = Surface.of(col(rows, 0), col(rows, 1), col(rows, 2), 41);
        assertEquals(Surface.BILINEAR, s.method());
        assertEquals(25, s.points().size(), "replicates are averaged into one point each");
        assertEquals(41, s.xs().length);
        assertEquals(0.6, s.xs()[0], 1e-12);
        assertEquals(1.4, s.xs()[40], 1e-12);
        for (int j = 0; j < s.ys().length; j++) {
            for (int i = 0; i < s.xs().length; i++) {
                assertEquals(bilinear(s.xs()[i], s.ys()[j]), s.z()[j][i], 1e-9, "at " + i + "," + j);
            }
        }
    }

    @Test
    void irregularDesignUsesInverseDistanceWeightingThatHonoursThePoints() {
        double[] x = { 0.6, 1.4, 1.0, 0.6 };
        double[] y = { 0, 0, 50, 100 };
        double[] v = { 1, 5, 3, 9 };
        Surface s = Surface.of(x, y, v, 5);
        assertEquals(Surface.IDW, s.method());
        // Grid corners (0.6, 0), (1.4, 0), (0.6, 100) and centre (1.0, 50) are measured points.
        assertEquals(1, s.z()[0][0], 1e-12);
        assertEquals(5, s.z()[0][4], 1e-12);
        assertEquals(9, s.z()[4][0], 1e-12);
        assertEquals(3, s.z()[2][2], 1e-12);
        // A weighted mean never leaves the range of the measurements.
        assertTrue(s.min() >= 1 - 1e-12 && s.max() <= 9 + 1e-12);
    }

    private static double[] col(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }
}
