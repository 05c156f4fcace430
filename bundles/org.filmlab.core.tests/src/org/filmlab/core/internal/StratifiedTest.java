// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class StratifiedTest {

    private static int[] labels() {
        int[] y = new int[110];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < 60 ? 0 : i < 90 ? 1 : 2;
        }
        return y;
    }

    @Test
    void splitKeepsEachClassShare() {
        int[] y = labels();
        int[][] parts = Stratified.split(y, 3, 0.2, 42);
        int[] test = new int[3];
        for (int i : parts[1]) {
            test[y[i]]++;
        }
        assertArrayEquals(new int[] {12, 6, 4}, test);
        assertEquals(110, parts[0].length + parts[1].length);
        assertTrue(isAscending(parts[0]) && isAscending(parts[1]));
    }

    @Test
    void foldsPartitionTheRowsEvenlyAndStratified() {
        int[] y = labels();
        int[] fold = Stratified.folds(y, 3, 5, 7);
        int[][] perFold = new int[5][3];
        for (int i = 0; i < y.length; i++) {
            perFold[fold[i]][y[i]]++;
        }
        for (int[] f : perFold) {
            assertEquals(12, f[0]);
            assertEquals(6, f[1]);
            assertTrue(f[2] == 4, Arrays.toString(f));
        }
        int[][] p = Stratified.fold(fold, 2);
        assertEquals(22, p[1].length);
        assertEquals(88, p[0].length);
    }

    @Test
    void seedDecidesAndOnlySeed() {
        int[] y = labels();
        assertArrayEquals(Stratified.folds(y, 3, 5, 1), Stratified.folds(y, 3, 5, 1));
        assertNotEquals(Arrays.toString(Stratified.folds(y, 3, 5, 1)), Arrays.toString(Stratified.folds(y, 3, 5, 2)));
        assertNotEquals(Seeds.derive(1, 0, "split"), Seeds.derive(1, 1, "split"));
        assertNotEquals(Seeds.derive(1, 0, "split"), Seeds.derive(1, 0, "cv-0"));
        assertEquals(Seeds.derive(9, 3, "x"), Seeds.derive(9, 3, "x"));
    }

    private static boolean isAscending(int[] v) {
        for (int i = 1; i < v.length; i++) {
            if (v[i] <= v[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
