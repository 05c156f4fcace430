// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stratified partitions of row indices: every class is shuffled with the given seed and dealt out,
 * so each part keeps the class proportions. Indices within a part stay ascending, so the order of
 * rows a classifier sees does not depend on the shuffle.
 */
public final class Stratified {

    private Stratified() {
    }

    /**
     * Splits rows into a training part and a test part of about {@code testFraction} of each class
     * (at least one test row for a class with two or more rows).
     *
     * @return {train indices, test indices}
     */
    public static int[][] split(int[] labels, int classCount, double testFraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] test = new boolean[labels.length];
        for (List<Integer> members : byClass(labels, classCount)) {
            shuffle(members, random);
            int n = members.size();
            int t = n < 2 ? 0 : Math.max(1, (int) Math.round(testFraction * n));
            for (int i = 0; i < t; i++) {
                test[members.get(i)] = true;
            }
        }
        return partition(test);
    }

    /**
     * Assigns each row to one of {@code folds} folds, class by class, dealing shuffled members
     * round-robin (continuing across classes so fold sizes stay even).
     *
     * @return for each row, its fold
     */
    public static int[] folds(int[] labels, int classCount, int folds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[labels.length];
        int next = 0;
        for (List<Integer> members : byClass(labels, classCount)) {
            shuffle(members, random);
            for (int row : members) {
                fold[row] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }

    /** {train, test} indices for fold {@code f}. */
    public static int[][] fold(int[] fold, int f) {
        boolean[] test = new boolean[fold.length];
        for (int i = 0; i < fold.length; i++) {
            test[i] = fold[i] == f;
        }
        return partition(test);
    }

    private static List<List<Integer>> byClass(int[] labels, int classCount) {
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            out.get(labels[i]).add(i);
        }
        return out;
    }

    private static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static int[][] partition(boolean[] test) {
        int t = 0;
        for (boolean b : test) {
            t += b ? 1 : 0;
        }
        int[] train = new int[test.length - t];
        int[] held = new int[t];
        int a = 0;
        int b = 0;
        for (int i = 0; i < test.length; i++) {
            if (test[i]) {
                held[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new int[][] {train, held};
    }
}
