// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.ui.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;

/**
 * How the view names a condition or a property: by the data set's symbol and unit ("L:S (µL/mg)"),
 * as the decision maps do, falling back to the key the part was written with.
 */
final class Labels {

    private Labels() {
    }

    /** The symbol with its unit, for axis titles. */
    static String of(Dataset data, String key) {
        return data.column(key).map(Column::label).orElse(key);
    }

    /** A level of a condition, such as "P% = 3 wt%". */
    static String level(Dataset data, String key, double value) {
        return data.column(key)
                .map(c -> c.symbol() + " = " + number(value) + (c.unit().isEmpty() ? "" : " " + c.unit()))
                .orElse(key + " = " + number(value));
    }

    /** Four significant digits without trailing zeros: levels are round numbers more often than not. */
    static String number(double v) {
        return BigDecimal.valueOf(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
