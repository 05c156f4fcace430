// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.Locale;

/**
 * How the numbers of one column are written: with enough decimals that its smallest non-zero value
 * keeps the wanted significant digits, or in scientific notation when that would take too many
 * places or the column spans many orders of magnitude. Fixed decimals for every column made σN in
 * S/cm (1.9e-4) read 0.000, and six decimals made P read 3.000000. One style per column keeps the
 * column's numbers aligned and comparable; integers stay integers.
 *
 * @param decimals the decimals of the fixed style, or of the mantissa when {@code scientific}
 */
record ColumnNumberFormat(boolean scientific, int decimals) {

    /** Below 10⁻³ or from 10⁶ on, positional notation is more zeros than digits. */
    private static final int SMALLEST_FIXED_EXPONENT = -3;
    private static final int LARGEST_FIXED_EXPONENT = 5;
    /** Wider than this many decades, the small values of a fixed column would be mostly zeros. */
    private static final int WIDEST_FIXED_SPAN = 4;

    /**
     * @param values the column's values (NaN and infinities are ignored)
     * @param digits significant digits wanted for every value, at least 1
     */
    static ColumnNumberFormat of(double[] values, int digits) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        boolean integers = true;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                continue;
            }
            double a = Math.abs(v);
            if (a > 0) {
                smallest = Math.min(smallest, a);
                largest = Math.max(largest, a);
            }
            integers &= v == Math.rint(v);
        }
        if (largest == 0) {
            return new ColumnNumberFormat(false, 0);
        }
        int low = exponent(smallest);
        int high = exponent(largest);
        if (low < SMALLEST_FIXED_EXPONENT || high > LARGEST_FIXED_EXPONENT || high - low > WIDEST_FIXED_SPAN) {
            return new ColumnNumberFormat(true, digits - 1);
        }
        if (integers) {
            return new ColumnNumberFormat(false, 0);
        }
        return new ColumnNumberFormat(false, Math.max(0, digits - 1 - low));
    }

    String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, scientific ? "%." + decimals + "e" : "%." + decimals + "f", value);
    }

    /** The decimal exponent of a positive number: 2 for 123, -4 for 0.00019. */
    private static int exponent(double positive) {
        return (int) Math.floor(Math.log10(positive));
    }
}
