// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.util.regex.Pattern;

import org.filmlab.core.data.Table;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * The number rules every importer shares. A cell is a number only if all of it is a plain decimal
 * number in the file's decimal convention: no thousands separators, no units, no hexadecimal, no
 * Java suffixes such as {@code 1d} or {@code 1f} (which {@link Double#parseDouble} would accept),
 * and finite. Everything else stays text, so the mapping can name the cell.
 */
final class Cells {

    /** A number with a decimal comma and no point: "1,25", "-0,6", "3,5e-2". */
    static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+(?:[eE][+-]?\\d+)?");

    /** A number with a decimal point: "1.25", ".6", "3.5e-2". */
    static final Pattern POINT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+(?:[eE][+-]?\\d+)?");

    private Cells() {
    }

    /**
     * Reads one cell.
     *
     * @param raw the cell exactly as in the file; kept as the cell's display
     * @param decimalComma whether the file writes decimals with a comma
     * @return {@link Table#BLANK} for empty or white space, a {@link Table.Number} for a finite
     *         number, else {@link Table.Text}
     */
    static Table.Cell parse(String raw, boolean decimalComma) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return Table.BLANK;
        }
        if (decimalComma) {
            // A point in a decimal-comma file is a thousands separator or a mistake: never guess.
            if (s.indexOf('.') >= 0 || s.indexOf(',') != s.lastIndexOf(',')) {
                return new Table.Text(raw);
            }
            s = s.replace(',', '.');
        }
        if (!isPointNumber(s)) {
            return new Table.Text(raw);
        }
        // Jackson's copy of FastDoubleParser: the double Double.parseDouble gives (both round
        // correctly), in a quarter of its time; with the scan below, reading 10^4 films' cells took
        // 0.1 s less (bench/results/perf.md, session 9).
        double v = NumberInput.parseDouble(s, true);
        return Double.isFinite(v) ? new Table.Number(v, raw) : new Table.Text(raw);
    }

    /**
     * Whether {@code s} is all a decimal number with a point, {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}
     * with ASCII digits, and nothing else. A scan rather than that regular expression: matching it
     * took twice as long as parsing the number, for every cell of a file (CellsTest holds the two
     * to the same answers).
     */
    static boolean isPointNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int whole = digits(s, i);
        i += whole;
        int fraction = 0;
        boolean point = i < n && s.charAt(i) == '.';
        if (point) {
            i++;
            fraction = digits(s, i);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(s, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    /** How many ASCII digits {@code s} has from {@code from} on, before anything else. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
