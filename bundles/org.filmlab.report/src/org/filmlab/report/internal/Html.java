// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping and number formatting shared by the HTML and the figure texts; Locale.ROOT throughout. */
public final class Html {

    private Html() {
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** A string usable inside an SVG/HTML id: letters and digits kept, anything else as its code. */
    public static String id(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-') {
                b.append(ch);
            } else {
                b.append('_').append(Integer.toHexString(ch)).append('_');
            }
        }
        return b.toString();
    }

    /** A number with {@code digits} significant digits, without trailing zeros; ±∞ and NaN spelled out. */
    public static String number(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e6 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros()
                .toPlainString();
        return s;
    }

    /** A number, a range, a share, mean ± sd: digits among signs (compiled once: every table cell is asked). */
    private static final Pattern NUMBER = Pattern.compile("[-−+0-9.eE%±–∞ ,]*[0-9∞][-−+0-9.eE%±–∞ ,]*");

    /** Whether a table cell reads as a number (or a range, a share, mean ± sd), to align it right. */
    public static boolean isNumber(String cell) {
        return !cell.isEmpty() && NUMBER.matcher(cell).matches();
    }

    /** A p-value: scientific below 0.001, three decimals otherwise. */
    public static String p(double p) {
        if (p < 1e-3) {
            return String.format(Locale.ROOT, "%.1e", p);
        }
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /** A level such as 3.0 written as 3, 0.6 as 0.6. */
    public static String level(double v) {
        return number(v, 6);
    }
}
