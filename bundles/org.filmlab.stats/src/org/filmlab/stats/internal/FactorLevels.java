// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.filmlab.core.data.Column;

/**
 * The levels of a factor of a two-way ANOVA: each distinct value of a condition, or equal-width
 * bins of its range when the condition was varied continuously. Levels are numbered 0.. in
 * increasing order of value; a bin without films is not a level.
 *
 * @param key the factor's column key
 * @param level for each row, its level
 * @param count the number of levels
 * @param description how the levels were made, for the result's notes
 */
record FactorLevels(String key, int[] level, int count, String description) {

    /**
     * @param bins 0 for a level per distinct value, else the number of equal-width bins between
     *        the smallest and the largest value (the largest value falls in the last bin)
     */
    static FactorLevels of(Column column, int bins) {
        return bins == 0 ? distinct(column) : binned(column, bins);
    }

    private static FactorLevels distinct(Column column) {
        double[] values = column.values();
        double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
        int[] level = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            level[i] = Arrays.binarySearch(distinct, values[i]);
        }
        List<String> shown = new ArrayList<>();
        for (double d : distinct) {
            shown.add(format(d));
        }
        return new FactorLevels(column.key(), level, distinct.length, column.key() + ": each distinct value is a level ("
                + distinct.length + " level" + (distinct.length == 1 ? "" : "s") + ": " + String.join(", ", shown) + ")");
    }

    private static FactorLevels binned(Column column, int bins) {
        double[] values = column.values();
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        double width = (max - min) / bins;
        int[] bin = new int[values.length];
        boolean[] used = new boolean[bins];
        for (int i = 0; i < values.length; i++) {
            // A constant column puts every film in the first bin; the maximum belongs to the last bin.
            bin[i] = max > min ? Math.min(bins - 1, (int) Math.floor((values[i] - min) / (max - min) * bins)) : 0;
            used[bin[i]] = true;
        }
        int[] levelOfBin = new int[bins];
        int count = 0;
        List<String> shown = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            levelOfBin[b] = used[b] ? count++ : -1;
            String range = "[" + format(min + b * width) + ", " + format(b == bins - 1 ? max : min + (b + 1) * width)
                    + (b == bins - 1 ? "]" : ")");
            shown.add(used[b] ? range : range + " (no films, not a level)");
        }
        int[] level = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            level[i] = levelOfBin[bin[i]];
        }
        return new FactorLevels(column.key(), level, count, column.key() + ": " + bins + " equal-width bins over ["
                + format(min) + ", " + format(max) + "] give " + count + " level" + (count == 1 ? "" : "s") + ": "
                + String.join(", ", shown));
    }

    /** Six significant digits without trailing zeros: bin edges are for reading, not for computing. */
    private static String format(double d) {
        return new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
