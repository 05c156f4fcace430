// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A numeric column of a {@link Dataset}: a condition or a property, with its unit.
 *
 * @param key the stable name used in workflows and results: the {@link FilmVariable#key()} of a
 *        recognised variable ({@code "sigmaN"}), else the header's name part
 * @param symbol the name shown in reports ({@code "σN"}), else the header's name part
 * @param header the header as written in the file
 * @param role {@link ColumnRole#CONDITION} or {@link ColumnRole#PROPERTY}
 * @param unit the unit, or {@code ""} when neither the header nor the vocabulary gives one
 * @param values one finite value per row, in input order; not copied, never modify it
 */
public record Column(String key, String symbol, String header, ColumnRole role, String unit, double[] values) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(role, "role");
        if (role != ColumnRole.CONDITION && role != ColumnRole.PROPERTY) {
            throw new IllegalArgumentException("a numeric column is a condition or a property, not " + role);
        }
    }

    /** The symbol with its unit, for axis titles: {@code "σN (mS/cm)"}. */
    public String label() {
        return unit.isEmpty() ? symbol : symbol + " (" + unit + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Column c && key.equals(c.key) && symbol.equals(c.symbol) && header.equals(c.header)
                && role == c.role && unit.equals(c.unit) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, role, unit, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Column[" + key + ", " + role + ", " + values.length + " values]";
    }
}
