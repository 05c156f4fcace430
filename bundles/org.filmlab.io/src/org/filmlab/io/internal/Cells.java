// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import java.util.regex.Pattern;

import org.filmlab.core.data.Table;

/**
 * The number rules every importer shares. A cell is a number only if all of it is a plain decimal
 * number in the file's decimal convention: no thousands separators, no units, no hexadecimal, no
 * Java suffixes such as {@code 1d} or {@code 1f} (which {@link Double#parseDouble} would accept),
 * and finite. Everything else stays text, so the mapping can name the cell.
 */
final class Cells {

    /** A decimal number with a point, as {@link Double#parseDouble} reads it, and nothing else. */
    private static final Pattern POINT_NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

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
        if (!POINT_NUMBER.matcher(s).matches()) {
            return new Table.Text(raw);
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? new Table.Number(v, raw) : new Table.Text(raw);
    }
}
