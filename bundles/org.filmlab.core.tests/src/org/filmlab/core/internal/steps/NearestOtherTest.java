// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The nearest-first walk gives the very double the comparison with every other point gives. */
class NearestOtherTest {

    @Test
    void sameBitsAsComparingWithEveryOtherPoint() {
        Random random = new Random(42);
        for (int n : new int[] {2, 3, 7, 41}) {
            NearestOther nearest = new NearestOther(n);
            // Densities from one other point to nearly all, and blocks as decision maps have.
            for (double share : new double[] {0.0, 0.001, 0.05, 0.5, 0.95, 1.0}) {
                for (boolean blocks : new boolean[] {false, true}) {
                    int[][] classes = grid(n, share, blocks, random);
                    List<int[]> others = new ArrayList<>();
                    for (int j = 0; j < n; j++) {
                        for (int i = 0; i < n; i++) {
                            if (classes[j][i] != 1) {
                                others.add(new int[] {i, j});
                            }
                        }
                    }
                    for (int j = 0; j < n; j++) {
                        for (int i = 0; i < n; i++) {
                            if (classes[j][i] == 1) {
                                assertEquals(Double.doubleToRawLongBits(byComparing(n, i, j, others)),
                                        Double.doubleToRawLongBits(nearest.distance(classes, 1, i, j, others)),
                                        "n " + n + ", share " + share + ", point " + i + "," + j);
                            }
                        }
                    }
                }
            }
        }
    }

    private static int[][] grid(int n, double share, boolean blocks, Random random) {
        int[][] classes = new int[n][n];
        double cx = random.nextDouble() * n;
        double cy = random.nextDouble() * n;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                boolean other = blocks ? Math.hypot(i - cx, j - cy) < share * n : random.nextDouble() < share;
                classes[j][i] = other ? 2 + random.nextInt(2) : 1;
            }
        }
        return classes;
    }

    /** The window's former loop, verbatim in its arithmetic. */
    private static double byComparing(int n, int i, int j, List<int[]> others) {
        double nearest = Math.sqrt(2.0);
        for (int[] b : others) {
            double dx = (i - b[0]) / (double) (n - 1);
            double dy = (j - b[1]) / (double) (n - 1);
            nearest = Math.min(nearest, Math.sqrt(dx * dx + dy * dy));
        }
        return nearest;
    }
}
