// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.filmlab.core.data.Table;
import org.junit.jupiter.api.Test;

/**
 * Cells reads a number by a scan and Jackson's fast parser instead of a regular expression and
 * {@link Double#parseDouble}: the same cells must be numbers, with the same doubles.
 */
class CellsTest {

    /** What a plain decimal number with a point was, as a regular expression (Java's \d is ASCII). */
    private static final Pattern POINT_NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    @Test
    void theScanAcceptsWhatTheExpressionMatches() {
        for (String s : List.of("", "+", "-", ".", "+.", "1", "-1", "+1.", ".5", "-.5", "1.5", "1e5", "1E+5", "1e-5",
                "1.e5", ".5e5", "e5", "1e", "1e+", "1.5.5", "1..5", "--1", "+-1", "1 ", " 1", "1,5", "١", "1d", "1f",
                "0x1p3", "NaN", "Infinity", "00012.34000", "9".repeat(400))) {
            assertEquals(POINT_NUMBER.matcher(s).matches(), Cells.isPointNumber(s), "'" + s + "'");
        }
        Random random = new Random(17);
        String alphabet = "0123456789+-.eE ,x١";
        for (int t = 0; t < 300_000; t++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                // Mostly digits, so that many strings are numbers and the rest miss by one character.
                b.append(random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(POINT_NUMBER.matcher(s).matches(), Cells.isPointNumber(s), "'" + s + "'");
        }
    }

    @Test
    void numbersAreTheDoublesParseDoubleReads() {
        Random random = new Random(23);
        for (int t = 0; t < 300_000; t++) {
            String s = switch (t % 4) {
                // What a lab's file holds: a few decimals.
                case 0 -> Double.toString(Math.round(random.nextGaussian() * 1e6) / 1e3);
                // Shortest representations of any double, subnormals and extremes among them.
                case 1 -> Double.toString(Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL));
                // Long mantissas that must be rounded, with exponents.
                case 2 -> digits(random, 1 + random.nextInt(30)) + "." + digits(random, random.nextInt(30)) + "e"
                        + (random.nextInt(640) - 330);
                default -> (random.nextBoolean() ? "-" : "") + "." + digits(random, 1 + random.nextInt(20));
            };
            Table.Cell cell = Cells.parse(s, false);
            double expected = Double.parseDouble(s);
            if (Double.isFinite(expected)) {
                Table.Number n = assertInstanceOf(Table.Number.class, cell, s);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(n.value()), s);
            } else {
                assertInstanceOf(Table.Text.class, cell, s);
            }
        }
    }

    @Test
    void decimalCommasAreReadAsBefore() {
        Table.Number n = assertInstanceOf(Table.Number.class, Cells.parse(" -0,625e1 ", true));
        assertEquals(-6.25, n.value());
        assertInstanceOf(Table.Text.class, Cells.parse("1.000,5", true));
        assertInstanceOf(Table.Text.class, Cells.parse("1e999", false));
    }

    private static String digits(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }
}
